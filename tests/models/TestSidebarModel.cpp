#include "SidebarModel.h"
#include "TestData.h"
#include "store/Store.h"
#include "store/SyncStore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace lookout;
using namespace Qt::StringLiterals;

class TestSidebarModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;

    QModelIndex find(const SidebarModel &model, SidebarModel::Kind kind, const QString &text = {})
    {
        for (const QModelIndex &index :
            model.match(model.index(0, 0), SidebarModel::KindRole, int(kind), -1, Qt::MatchExactly | Qt::MatchRecursive)) {
            if (text.isEmpty() || index.data().toString().startsWith(text))
                return index;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(u"sidebar.sqlite"_s)));
        // Two imported projects, and a Sentry account with one project and two unresolved issues.
        const qint64 local = m_store.ensureProject(u"checkout"_s);
        test::addEvent(m_store, local, u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1"_s, 1700000000, u"ValueError"_s);
        test::addEvent(
            m_store, m_store.ensureProject(u"worker"_s), u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa2"_s, 1700000001, u"KeyError"_s);
        SyncStore sync(m_store);
        const qint64 account = sync.ensureAccount(u"https://sentry.example.com"_s, u"acme"_s);
        const qint64 project = sync.ensureProject(account, u"7"_s, u"api"_s, u"API"_s, u"python"_s);
        QVERIFY(sync.begin());
        for (int i = 0; i < 2; ++i) {
            SyncedIssue issue;
            issue.sentryId = QString::number(90 + i);
            issue.shortId = u"API-%1"_s.arg(i);
            issue.title = u"Err"_s;
            issue.level = u"error"_s;
            issue.projectSlug = u"api"_s;
            issue.status = u"unresolved"_s;
            issue.projectSentryId = u"7"_s;
            issue.firstSeen = issue.lastSeen = QDateTime::fromSecsSinceEpoch(1700000000);
            QVERIFY(sync.upsertIssue(account, project, issue));
        }
        QVERIFY(sync.commit());
    }

    void groupsProjectsByWhereTheyComeFrom()
    {
        SidebarModel model(&m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3); // all, the account, imported
        const QModelIndex all = model.index(0, 0);
        QCOMPARE(all.data(SidebarModel::KindRole).toInt(), int(SidebarModel::Kind::All));
        QCOMPARE(all.data(SidebarModel::UnresolvedCountRole).toLongLong(), 4);
        const QModelIndex account = find(model, SidebarModel::Kind::Account);
        QVERIFY(account.data().toString().startsWith(u"acme · sentry.example.com"_s));
        QCOMPARE(model.rowCount(account), 1);
        QCOMPARE(account.data(SidebarModel::UnresolvedCountRole).toLongLong(), 2);
        QCOMPARE(account.data(SidebarModel::ProjectSlugsRole).toStringList(), QStringList {u"api"_s});
        const QModelIndex imported = find(model, SidebarModel::Kind::Imported);
        QCOMPARE(model.rowCount(imported), 2);
        QCOMPARE(imported.data(SidebarModel::ProjectSlugsRole).toStringList(), (QStringList {u"checkout"_s, u"worker"_s}));
        const QModelIndex checkout = model.index(0, 0, imported);
        QCOMPARE(checkout.data().toString(), u"checkout (1)"_s);
        QCOMPARE(model.indexOfProject(checkout.data(SidebarModel::ProjectIdRole).toLongLong()), checkout);
        QCOMPARE(model.parent(checkout), imported);
    }

    void savedSearchesAreListed()
    {
        SidebarModel model(&m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_store.addSavedSearch(u"Mine"_s, u"assigned:me"_s, u"date"_s));
        QVERIFY(m_store.addSavedSearch(u"Fatal"_s, u"level:fatal"_s, u"trend"_s));
        model.reload();
        const QModelIndex group = find(model, SidebarModel::Kind::SavedSearches);
        QCOMPARE(model.rowCount(group), 2);
        QCOMPARE(model.index(1, 0, group).data(SidebarModel::QueryRole).toString(), u"level:fatal"_s);
        QCOMPARE(model.index(1, 0, group).data().toString(), u"Fatal"_s);
        QCOMPARE(model.index(1, 0, group).data(SidebarModel::SortRole).toString(), u"trend"_s);
    }
};

QTEST_MAIN(TestSidebarModel)
#include "TestSidebarModel.moc"
