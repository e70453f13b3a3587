#include "SearchBar.h"

#include "PlainText.h"
#include "SearchCompletionModel.h"
#include "core/Clock.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QTextCharFormat>

namespace lookout {

SearchBar::SearchBar(Store *store, const Clock *clock, QWidget *parent)
    : QLineEdit(parent)
    , m_clock(clock)
    , m_completer(new QCompleter(this))
    , m_completionModel(new SearchCompletionModel(store, this))
{
    setPlaceholderText(tr("Search: is:unresolved level:error release:… or words"));
    setClearButtonEnabled(true);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &SearchBar::read);
    connect(this, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(this, &QLineEdit::textEdited, this, &SearchBar::updateCompletion);
    connect(this, &QLineEdit::returnPressed, this, &SearchBar::commit);

    // Not QLineEdit::setCompleter: that would replace the whole text, and a candidate here
    // replaces only the term at the cursor.
    m_completer->setModel(m_completionModel);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, QOverload<const QModelIndex &>::of(&QCompleter::activated), this, &SearchBar::insertCompletion);
    read();
}

void SearchBar::setMe(const QString &email)
{
    m_me = email;
    read();
}

QString SearchBar::errorMessage() const
{
    return m_result.isValid() ? QString() : m_result.error().toString();
}

void SearchBar::commit()
{
    m_debounce.stop();
    read();
}

void SearchBar::read()
{
    m_result = IssueSearch::parse(text(), {m_clock->now(), m_me});
    showErrors();
    const QString message = errorMessage();
    if (message != m_lastError) {
        m_lastError = message;
        Q_EMIT errorChanged(message);
    }
    if (!m_result.isValid())
        return;
    // Spacing alone does not change a search.
    const QString normalized = text().simplified();
    if (normalized == m_announced)
        return;
    m_announced = normalized;
    Q_EMIT queryChanged(m_result.query);
}

void SearchBar::showErrors()
{
    // The line edit draws formats given to it as input-method attributes (positions relative to
    // the cursor) in its own text layout, scrolled with the text.
    QList<QInputMethodEvent::Attribute> attributes;
    QTextCharFormat wavy;
    wavy.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    wavy.setUnderlineColor(QColor(0xe0, 0x30, 0x30));
    for (const SearchError &error : m_result.errors) {
        const SearchSpan span = error.span.length > 0 ? error.span : SearchSpan {qMax(0, error.span.start - 1), 1};
        attributes.append({QInputMethodEvent::TextFormat, span.start - cursorPosition(), span.length, wavy});
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(this, &event);

    QStringList messages;
    for (const SearchError &error : m_result.errors)
        messages << error.toString();
    // What the user typed is shown literally, even when it looks like markup.
    setToolTip(plainToolTip(messages.join(u'\n')));
    setProperty("invalidSearch", !m_result.isValid());
}

void SearchBar::updateCompletion()
{
    m_completionModel->update(text(), cursorPosition());
    if (m_completionModel->rowCount() == 0
        || (m_completionModel->rowCount() == 1
            && m_completionModel->index(0).data(SearchCompletionModel::ReplacementRole).toString()
                == m_completionModel->prefix())) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(QString()); // the model already holds only what fits
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + 24);
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex({});
}

void SearchBar::insertCompletion(const QModelIndex &index)
{
    int cursor = 0;
    const QString completed = m_completionModel->completedText(index.row(), &cursor);
    setText(completed);
    setCursorPosition(cursor);
    // After a key, go on to its values.
    if (index.data(SearchCompletionModel::IsKeyRole).toBool())
        QTimer::singleShot(0, this, &SearchBar::updateCompletion);
}

void SearchBar::keyPressEvent(QKeyEvent *event)
{
    // While the popup is open, Enter and Tab pick a candidate (QCompleter handles them there).
    if (m_completer->popup()->isVisible()
        && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Tab)) {
        event->ignore();
        return;
    }
    if (event->key() == Qt::Key_Escape && !m_completer->popup()->isVisible() && !text().isEmpty()) {
        clear();
        commit();
        return;
    }
    QLineEdit::keyPressEvent(event);
    if (event->key() == Qt::Key_Space && event->modifiers() & Qt::ControlModifier)
        updateCompletion();
}

void SearchBar::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    showErrors(); // the formats are relative to the cursor, which focus changes can move
}

} // namespace lookout
