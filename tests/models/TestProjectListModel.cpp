#include "ProjectListModel.h"
#include "TestData.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace lookout;

class TestProjectListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsProjectsWithUnresolvedCounts()
    {
        Store store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        const qint64 shop = store.ensureProject(QStringLiteral("shop"), QStringLiteral("Shop"), QStringLiteral("python"));
        const qint64 web = store.ensureProject(QStringLiteral("web"), QStringLiteral("Web"), QStringLiteral("javascript"));
        test::addEvent(store, shop, QStringLiteral("%1").arg(1, 32, 16, QLatin1Char('0')), 1, QStringLiteral("A"));
        test::addEvent(store, shop, QStringLiteral("%1").arg(2, 32, 16, QLatin1Char('0')), 2, QStringLiteral("B"));

        ProjectListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("All projects (2)"));
        QCOMPARE(model.index(0).data(ProjectListModel::ProjectIdRole).toLongLong(), 0);
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Shop (2)"));
        QCOMPARE(model.index(1).data(ProjectListModel::PlatformRole).toString(), QStringLiteral("python"));
        QCOMPARE(model.index(2).data(ProjectListModel::ProjectIdRole).toLongLong(), web);

        test::addEvent(store, web, QStringLiteral("%1").arg(3, 32, 16, QLatin1Char('0')), 3, QStringLiteral("C"));
        model.reload();
        QCOMPARE(model.index(2).data().toString(), QStringLiteral("Web (1)"));
        QCOMPARE(model.index(0).data(ProjectListModel::UnresolvedCountRole).toLongLong(), 3);
    }
};

QTEST_GUILESS_MAIN(TestProjectListModel)
#include "TestProjectListModel.moc"
