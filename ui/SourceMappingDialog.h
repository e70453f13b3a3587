#pragma once

#include "source/SourceMapping.h"

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace lookout {

// Edits a project's source mapping (path prefixes in events -> local checkout folders) and the
// editor command used by "Open in editor".
class SourceMappingDialog : public QDialog
{
    Q_OBJECT
public:
    SourceMappingDialog(const QString &project, const QList<PathMapping> &mappings, const QString &editorCommand,
        const QString &framePath, QWidget *parent = nullptr);

    QList<PathMapping> mappings() const;
    QString editorCommand() const;
    QTableWidget *table() const { return m_table; }
    QLineEdit *editorField() const { return m_editor; }

    // The folder part of a frame's path, as a first guess at a prefix: "/srv/app/x/y.py" -> "/srv/app/x/".
    static QString suggestedPrefix(const QString &framePath);

private:
    void addRow(const PathMapping &mapping);
    void browse(int row);

    QTableWidget *m_table;
    QLineEdit *m_editor;
};

} // namespace lookout
