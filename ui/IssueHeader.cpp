#include "IssueHeader.h"

#include "IssueListModel.h"
#include "core/Clock.h"
#include "core/RelativeTime.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lookout {

// Sentry's status words, translated where known; anything newer is shown as Sentry sends it.
static QString statusText(const QString &status)
{
    static const QHash<QString, const char *> names {{u"unresolved"_s, QT_TRANSLATE_NOOP("lookout::IssueHeader", "unresolved")},
        {u"resolved"_s, QT_TRANSLATE_NOOP("lookout::IssueHeader", "resolved")},
        {u"ignored"_s, QT_TRANSLATE_NOOP("lookout::IssueHeader", "ignored")},
        {u"ongoing"_s, QT_TRANSLATE_NOOP("lookout::IssueHeader", "ongoing")},
        {u"regressed"_s, QT_TRANSLATE_NOOP("lookout::IssueHeader", "regressed")},
        {u"escalating"_s, QT_TRANSLATE_NOOP("lookout::IssueHeader", "escalating")},
        {u"new"_s, QT_TRANSLATE_NOOP("lookout::IssueHeader", "new")},
        {u"archived_forever"_s, QT_TRANSLATE_NOOP("lookout::IssueHeader", "archived forever")},
        {u"archived_until_escalating"_s, QT_TRANSLATE_NOOP("lookout::IssueHeader", "archived until escalating")},
        {u"archived_until_condition_met"_s, QT_TRANSLATE_NOOP("lookout::IssueHeader", "archived until a condition is met")}};
    const char *name = names.value(status);
    return name ? IssueHeader::tr(name) : status;
}

static QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // text from events is never markup
    return label;
}

IssueHeader::IssueHeader(const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_level(plainLabel(this))
    , m_title(plainLabel(this))
    , m_culprit(plainLabel(this))
    , m_facts(plainLabel(this))
{
    setObjectName(u"issueHeader"_s);
    m_level->setObjectName(u"issueLevel"_s);
    m_level->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(u"issueTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_culprit->setObjectName(u"issueCulprit"_s);
    m_culprit->setForegroundRole(QPalette::PlaceholderText);
    m_culprit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setObjectName(u"issueFacts"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(m_level, 0, Qt::AlignTop);
    titleRow->addWidget(m_title, 1);

    auto *left = new QVBoxLayout;
    left->setSpacing(3);
    left->addLayout(titleRow);
    left->addWidget(m_culprit);
    left->addWidget(m_facts);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(18);
    layout->addLayout(left, 1);
    layout->addWidget(statBox(tr("EVENTS"), &m_events), 0, Qt::AlignTop);
    layout->addWidget(statBox(tr("USERS"), &m_users), 0, Qt::AlignTop);
    clear();
}

QWidget *IssueHeader::statBox(const QString &caption, QLabel **value)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    QLabel *label = plainLabel(box);
    label->setText(caption);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    small.setBold(true);
    label->setFont(small);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAlignment(Qt::AlignRight);
    *value = plainLabel(box);
    QFont big = (*value)->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    (*value)->setFont(big);
    (*value)->setAlignment(Qt::AlignRight);
    layout->addWidget(label);
    layout->addWidget(*value);
    return box;
}

void IssueHeader::setIssue(const IssueSummary &issue)
{
    const QColor color = levelColor(issue.level);
    m_level->setText(levelToString(issue.level).toUpper());
    m_level->setStyleSheet(
        u"QLabel { background: %1; color: white; border-radius: 3px; padding: 2px 6px; font-weight: bold; }"_s.arg(color.name()));
    m_level->setVisible(true);
    m_title->setText(issue.title);
    m_culprit->setText(issue.culprit);
    m_culprit->setVisible(!issue.culprit.isEmpty());

    const QDateTime now = m_clock->now();
    QStringList facts {issue.shortId};
    QString status = statusText(issue.status.isEmpty() ? u"unresolved"_s : issue.status);
    if (!issue.substatus.isEmpty() && issue.substatus != issue.status)
        status += u" ("_s + statusText(issue.substatus) + u')';
    facts << status;
    if (issue.firstSeen.isValid())
        facts << tr("first seen %1").arg(relativeTime(issue.firstSeen, now));
    if (issue.lastSeen.isValid())
        facts << tr("last seen %1").arg(relativeTime(issue.lastSeen, now));
    if (!issue.firstRelease.isEmpty() || !issue.lastRelease.isEmpty()) {
        facts << (issue.firstRelease == issue.lastRelease || issue.lastRelease.isEmpty()
                ? tr("release %1").arg(issue.firstRelease.isEmpty() ? issue.lastRelease : issue.firstRelease)
                : tr("releases %1 – %2").arg(issue.firstRelease, issue.lastRelease));
    }
    facts << (issue.assignee.isEmpty() ? tr("unassigned") : tr("assigned to %1").arg(issue.assignee));
    m_facts->setText(facts.join(u"  ·  "_s));
    const QLocale locale;
    m_events->setText(locale.toString(issue.timesSeen));
    m_users->setText(locale.toString(issue.userCount));
}

void IssueHeader::clear()
{
    m_level->setVisible(false);
    m_title->clear();
    m_culprit->clear();
    m_facts->clear();
    m_events->setText(u"–"_s);
    m_users->setText(u"–"_s);
}

} // namespace lookout
