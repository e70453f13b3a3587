#include "SearchCompletionModel.h"

#include "PlainText.h"

namespace lookout {

SearchCompletionModel::SearchCompletionModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_completion(store)
{ }

int SearchCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.candidates.size());
}

QVariant SearchCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchCompletion::Candidate &candidate = m_result.candidates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return candidate.label;
    case Qt::ToolTipRole:
        return plainToolTip(candidate.detail); // values come from events: never markup
    case ReplacementRole:
        return candidate.text;
    case DetailRole:
        return candidate.detail;
    case IsKeyRole:
        return candidate.isKey;
    default:
        return {};
    }
}

void SearchCompletionModel::update(const QString &text, int cursor)
{
    beginResetModel();
    m_text = text;
    m_result = m_completion.complete(text, cursor);
    endResetModel();
}

QString SearchCompletionModel::completedText(int row, int *cursor) const
{
    if (row < 0 || row >= m_result.candidates.size())
        return m_text;
    return SearchCompletion::apply(m_text, m_result, m_result.candidates.at(row), cursor);
}

} // namespace lookout
