#include "SourceMappingDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lookout {

QString SourceMappingDialog::suggestedPrefix(const QString &framePath)
{
    const qsizetype slash = std::max(framePath.lastIndexOf(u'/'), framePath.lastIndexOf(u'\\'));
    return slash >= 0 ? framePath.left(slash + 1) : QString();
}

SourceMappingDialog::SourceMappingDialog(const QString &project, const QList<PathMapping> &mappings, const QString &editorCommand,
    const QString &framePath, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_editor(new QLineEdit(editorCommand, this))
{
    setObjectName(u"sourceMappingDialog"_s);
    setWindowTitle(tr("Source Mapping for %1").arg(project));
    auto *intro = new QLabel(tr("Frames whose path starts with a prefix are read from the local folder, which may differ "
                                "from the deployed code. Nothing outside the folder is ever read."),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Path prefix in events"), tr("Local folder")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const PathMapping &mapping : mappings)
        addRow(mapping);
    if (!framePath.isEmpty()) {
        const QString prefix = suggestedPrefix(framePath);
        const bool known
            = std::any_of(mappings.cbegin(), mappings.cend(), [&](const PathMapping &m) { return m.prefix == prefix; });
        if (!known && !prefix.isEmpty())
            addRow({prefix, {}});
    }

    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *browseButton = new QPushButton(tr("Choose Folder…"), this);
    connect(add, &QPushButton::clicked, this, [this] { addRow({}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(browseButton, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            browse(m_table->currentRow());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(browseButton);
    buttons->addStretch(1);

    m_editor->setPlaceholderText(tr("$VISUAL or $EDITOR; or a command such as: code --goto {file}:{line}"));
    auto *form = new QFormLayout;
    form->addRow(tr("Editor command:"), m_editor);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addWidget(box);
    resize(720, 360);
}

void SourceMappingDialog::addRow(const PathMapping &mapping)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(mapping.prefix));
    m_table->setItem(row, 1, new QTableWidgetItem(mapping.localRoot));
    m_table->setCurrentCell(row, mapping.prefix.isEmpty() ? 0 : 1);
}

void SourceMappingDialog::browse(int row)
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Local Checkout"), m_table->item(row, 1)->text());
    if (!folder.isEmpty())
        m_table->item(row, 1)->setText(folder);
}

QList<PathMapping> SourceMappingDialog::mappings() const
{
    QList<PathMapping> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString prefix = m_table->item(row, 0)->text().trimmed();
        const QString root = m_table->item(row, 1)->text().trimmed();
        if (!prefix.isEmpty() && !root.isEmpty())
            result.append({prefix, root});
    }
    return result;
}

QString SourceMappingDialog::editorCommand() const
{
    return m_editor->text().trimmed();
}

} // namespace lookout
