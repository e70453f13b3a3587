#pragma once

#include "domain/IssueSummary.h"

#include <QWidget>

class QLabel;

namespace lookout {

class Clock;

// The top of the issue detail: level, title, culprit, and the issue's facts (short id, status,
// events, users, first and last seen, release range, assignee). All labels are plain text.
class IssueHeader : public QWidget
{
    Q_OBJECT
public:
    explicit IssueHeader(const Clock *clock, QWidget *parent = nullptr);

    void setIssue(const IssueSummary &issue);
    void clear();

    QLabel *titleLabel() const { return m_title; }
    QLabel *culpritLabel() const { return m_culprit; }
    QLabel *factsLabel() const { return m_facts; }
    QLabel *levelLabel() const { return m_level; }
    QLabel *eventsLabel() const { return m_events; }
    QLabel *usersLabel() const { return m_users; }

private:
    QWidget *statBox(const QString &caption, QLabel **value);

    const Clock *m_clock;
    QLabel *m_level;
    QLabel *m_title;
    QLabel *m_culprit;
    QLabel *m_facts;
    QLabel *m_events = nullptr;
    QLabel *m_users = nullptr;
};

} // namespace lookout
