#pragma once

#include "search/IssueSearch.h"
#include "store/Store.h"

#include <QLineEdit>
#include <QTimer>

class QCompleter;

namespace lookout {

class Clock;
class SearchCompletionModel;

// The issue search field: Sentry's syntax, read by IssueSearch as it is typed. A bad term gets a
// red wavy underline and its message as the tooltip (and errorChanged, for a label); completion
// offers keys and the cache's values for the term at the cursor. A valid change is announced by
// queryChanged after a short pause (at once on Enter); an invalid one never is, so the list keeps
// showing the last valid search rather than nothing.
class SearchBar : public QLineEdit
{
    Q_OBJECT
public:
    // store may be null (no value completion); clock gives "now" for relative dates.
    SearchBar(Store *store, const Clock *clock, QWidget *parent = nullptr);

    // Who assigned:me means: the account user's email ("" when none is known).
    void setMe(const QString &email);
    void setDebounceInterval(int msec) { m_debounce.setInterval(msec); }

    // The search as last read (errors included).
    const SearchResult &result() const { return m_result; }
    QString errorMessage() const;
    QCompleter *completer() const { return m_completer; }
    SearchCompletionModel *completionModel() const { return m_completionModel; }

public Q_SLOTS:
    // Reads the text now (rather than after the pause) and announces it if valid and changed.
    void commit();

Q_SIGNALS:
    void queryChanged(const lookout::IssueQuery &query);
    // The message for the first bad term; empty once the text is valid again.
    void errorChanged(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void read();
    void showErrors();
    void updateCompletion();
    void insertCompletion(const QModelIndex &index);

    const Clock *m_clock;
    QString m_me;
    SearchResult m_result;
    QString m_announced; // the text last announced by queryChanged
    QString m_lastError;
    QTimer m_debounce;
    QCompleter *m_completer;
    SearchCompletionModel *m_completionModel;
};

} // namespace lookout

Q_DECLARE_METATYPE(lookout::IssueQuery)
