#include "TagsPane.h"

#include "TagChips.h"
#include "TagDistributionModel.h"
#include "TagShareDelegate.h"
#include "store/Store.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace lookout {

static QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

TagsPane::TagsPane(QWidget *parent)
    : QWidget(parent)
    , m_chips(new TagChips(this))
    , m_summary(new QLabel(this))
    , m_model(new TagDistributionModel(this))
    , m_view(new QTreeView(this))
    , m_watcher(new QFutureWatcher<Store::TagDistribution>(this))
{
    setObjectName(QStringLiteral("tagsPane"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_view->setObjectName(QStringLiteral("tagDistributionView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TagShareDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->resizeSection(TagDistributionModel::NameColumn, 280);
    header->resizeSection(TagDistributionModel::CountColumn, 80);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->setSpacing(6);
    layout->addWidget(heading(tr("Tags of this event"), this));
    layout->addWidget(m_chips);
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Tag values across the issue"), this));
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        // Only the latest request counts; an earlier one finishing late is dropped.
        if (m_watcher->property("generation").toULongLong() == m_generation && m_watcher->future().resultCount() > 0)
            showDistribution(m_watcher->result());
    });
}

void TagsPane::setEventTags(const KeyValueList &tags)
{
    m_chips->setTags(tags);
}

void TagsPane::loadDistribution(Store *store, qint64 issueId)
{
    ++m_generation;
    m_model->setDistribution({});
    const QString path = store->path();
    if (path.isEmpty() || path == u":memory:") {
        showDistribution(store->tagDistribution(issueId, sampleSize));
        return;
    }
    m_summary->setText(tr("Counting tag values…"));
    m_watcher->setProperty("generation", m_generation);
    m_watcher->setFuture(QtConcurrent::run([path, issueId] {
        Store reader;
        return reader.open(path) ? reader.tagDistribution(issueId, sampleSize) : Store::TagDistribution {};
    }));
}

void TagsPane::showDistribution(const Store::TagDistribution &distribution)
{
    m_model->setDistribution(distribution);
    const int n = int(distribution.sampledEvents);
    m_summary->setText(n == 1 ? tr("Over the one event of this issue in the cache.")
                              : tr("Over the %n most recent events of this issue in the cache.", nullptr, n));
    Q_EMIT distributionLoaded();
}

void TagsPane::clearDistribution()
{
    ++m_generation;
    m_model->setDistribution({});
    m_summary->clear();
}

} // namespace lookout
