#include "BreadcrumbPane.h"

#include "BreadcrumbDelegate.h"
#include "BreadcrumbFilterModel.h"
#include "BreadcrumbModel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lookout {

BreadcrumbPane::BreadcrumbPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new BreadcrumbModel(this))
    , m_filter(new BreadcrumbFilterModel(this))
    , m_view(new QTreeView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_kind(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_order(new QToolButton(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(u"breadcrumbPane"_s);
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(u"breadcrumbView"_s);
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new BreadcrumbDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setFrameShape(QFrame::NoFrame);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(BreadcrumbModel::DescriptionColumn, QHeaderView::Stretch);
    const QFontMetrics metrics(font());
    header->resizeSection(BreadcrumbModel::KindColumn, metrics.horizontalAdvance(u"Navigation"_s) + 44);
    header->resizeSection(BreadcrumbModel::CategoryColumn, metrics.horizontalAdvance(u"sentry.transaction"_s) + 16);
    header->resizeSection(BreadcrumbModel::LevelColumn, metrics.horizontalAdvance(u"warning"_s) + 20);
    // The widest offsets as this language writes them.
    int offsetWidth = 0;
    for (qint64 ms : {-3'599'000LL, -86'340'000LL, -9 * 86'400'000LL - 82'800'000LL})
        offsetWidth = std::max(offsetWidth, metrics.horizontalAdvance(BreadcrumbModel::formatOffset(ms)));
    header->resizeSection(BreadcrumbModel::RelativeTimeColumn, offsetWidth + 20);
    header->resizeSection(BreadcrumbModel::TimeColumn, metrics.horizontalAdvance(u"00:00:00.000"_s) + 24);

    m_detail->setObjectName(u"breadcrumbDetail"_s);
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select a breadcrumb to see all of its data."));
    m_detail->setFrameShape(QFrame::NoFrame);

    m_search->setObjectName(u"breadcrumbSearch"_s);
    m_search->setPlaceholderText(tr("Filter breadcrumbs"));
    m_search->setClearButtonEnabled(true);
    m_kind->setObjectName(u"breadcrumbKind"_s);
    m_level->setObjectName(u"breadcrumbLevel"_s);
    m_level->addItem(tr("All Levels"));
    for (const Level level : {Level::Debug, Level::Info, Level::Warning, Level::Error, Level::Fatal})
        m_level->addItem(levelToString(level), int(level));
    m_order->setObjectName(u"breadcrumbOrder"_s);
    m_order->setCheckable(true);
    m_order->setText(tr("Newest First"));
    m_order->setToolTip(tr("Show the latest breadcrumb (the error) at the top"));
    m_order->setAutoRaise(true);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_kind);
    bar->addWidget(m_level);
    bar->addWidget(m_order);

    m_splitter->setObjectName(u"breadcrumbSplitter"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &BreadcrumbFilterModel::setText);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QString kind = m_kind->currentData().toString();
        m_filter->setKinds(kind.isEmpty() ? QStringList() : QStringList {kind});
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant level = m_level->currentData();
        m_filter->setLevels(level.isValid() ? QList<Level> {Level(level.toInt())} : QList<Level> {});
    });
    connect(m_order, &QToolButton::toggled, m_model, &BreadcrumbModel::setNewestFirst);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &BreadcrumbPane::showDetail);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] { showDetail(m_view->currentIndex()); });
}

void BreadcrumbPane::setEvent(const Event &event)
{
    m_model->setEvent(event);
    updateKinds();
    // The error's row starts selected: its detail is what the timeline leads to.
    const QModelIndex error = m_filter->index(m_model->newestFirst() ? 0 : m_filter->rowCount() - 1, 0);
    m_view->setCurrentIndex(error);
    m_view->scrollTo(error);
}

void BreadcrumbPane::updateKinds()
{
    const QString current = m_kind->currentData().toString();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("All Types"));
    for (const QString &kind : m_model->kinds())
        m_kind->addItem(BreadcrumbDelegate::icon(kind), BreadcrumbModel::kindLabel(kind), kind);
    const int keep = m_kind->findData(current);
    m_kind->setCurrentIndex(keep >= 0 ? keep : 0);
    if (keep < 0)
        m_filter->setKinds({});
}

void BreadcrumbPane::showDetail(const QModelIndex &current)
{
    m_detail->setPlainText(current.isValid() ? current.data(BreadcrumbModel::DetailRole).toString() : QString());
}

} // namespace lookout
