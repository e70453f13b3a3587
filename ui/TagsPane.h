#pragma once

#include "domain/Event.h"

#include "store/Store.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QTreeView;

namespace lookout {

class TagChips;
class TagDistributionModel;

// Tags: this event's tags as chips, and for the issue each tag's values over its cached events
// with their shares.
class TagsPane : public QWidget
{
    Q_OBJECT
public:
    explicit TagsPane(QWidget *parent = nullptr);

    void setEventTags(const KeyValueList &tags);
    static constexpr int sampleSize = 1000;

    // Reads the distribution of the issue's newest cached events: on a worker thread with a
    // connection of its own (parsing a thousand payloads takes a moment), in place for a private
    // in-memory store.
    void loadDistribution(Store *store, qint64 issueId);
    void clearDistribution();

    TagChips *chips() const { return m_chips; }
    TagDistributionModel *distribution() const { return m_model; }
    QTreeView *distributionView() const { return m_view; }

Q_SIGNALS:
    void distributionLoaded();

private:
    void showDistribution(const Store::TagDistribution &distribution);

    TagChips *m_chips;
    QLabel *m_summary;
    TagDistributionModel *m_model;
    QTreeView *m_view;
    QFutureWatcher<Store::TagDistribution> *m_watcher;
    quint64 m_generation = 0;
};

} // namespace lookout
