#pragma once

#include "search/SearchCompletion.h"

#include <QAbstractListModel>

namespace lookout {

class Store;

// The candidates SearchCompletion offers at the cursor of a search, for a QCompleter's popup.
// update() re-reads them as the text or the cursor moves; completedText() applies one.
class SearchCompletionModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        ReplacementRole = Qt::UserRole, // the text that replaces the term at the cursor
        DetailRole, // what the candidate means
        IsKeyRole, // a key (the value is still to come)
    };

    explicit SearchCompletionModel(Store *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void update(const QString &text, int cursor);
    // What was typed of the term the candidates replace ("" after a space).
    QString prefix() const { return m_result.prefix; }
    // The search text with row's candidate in place; *cursor goes after it.
    QString completedText(int row, int *cursor) const;

private:
    SearchCompletion m_completion;
    QString m_text;
    SearchCompletion::Result m_result;
};

} // namespace lookout
