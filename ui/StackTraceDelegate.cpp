#include "StackTraceDelegate.h"

#include "IssueListModel.h"
#include "SourceHighlighter.h"
#include "StackTraceModel.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPainter>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace lookout {

using Kind = StackTraceModel::RowKind;

static constexpr int padding = 4;
static constexpr int codeTabWidth = 4;

static Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(StackTraceModel::RowKindRole).toInt());
}

static QColor mixed(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}

StackTraceDelegate::StackTraceDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_code(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{ }

StackTraceDelegate::~StackTraceDelegate() = default;

void StackTraceDelegate::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    if (theme.name() == m_theme.name() && m_theme.isValid())
        return;
    m_theme = theme;
    m_blocks.clear();
}

KSyntaxHighlighting::Definition StackTraceDelegate::definition(const QString &fileName, const QString &platform) const
{
    const QString key = fileName.section(u'/', -1) + u'\n' + platform;
    auto it = m_definitions.find(key);
    if (it == m_definitions.end())
        it = m_definitions.insert(key, SourceHighlighter::definitionFor(fileName, platform));
    return *it;
}

const StackTraceDelegate::CodeBlock &StackTraceDelegate::codeBlock(const QModelIndex &index) const
{
    const QStringList lines = index.data(StackTraceModel::SourceLinesRole).toStringList();
    const QString key = index.data(StackTraceModel::RowKeyRole).toString();
    auto it = m_blocks.find(key);
    // "More lines" changes a row's lines; anything else keeps the block highlighted once.
    if (it != m_blocks.end() && (*it)->lines == lines)
        return **it;
    auto block = std::make_shared<CodeBlock>();
    block->lines = lines;
    const SourceHighlighter::LineFormats formats = SourceHighlighter::highlight(lines,
        definition(index.data(StackTraceModel::FileNameRole).toString(), index.data(StackTraceModel::PlatformRole).toString()),
        m_theme);
    ++m_highlightCount;
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    textOption.setTabStopDistance(QFontMetricsF(m_code).horizontalAdvance(u' ') * codeTabWidth);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        auto layout = std::make_unique<QTextLayout>(lines.at(i), m_code);
        layout->setTextOption(textOption);
        layout->setFormats(formats.value(i));
        layout->beginLayout();
        QTextLine line = layout->createLine();
        if (line.isValid())
            line.setLineWidth(1e6);
        layout->endLayout();
        block->layouts.push_back(std::move(layout));
    }
    return **m_blocks.insert(key, block);
}

QSize StackTraceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const int line = metrics.height();
    switch (kindOf(index)) {
    case Kind::Section: {
        const bool twoLines = !index.data(StackTraceModel::ExceptionValueRole).toString().isEmpty();
        return {200, (twoLines ? 2 * line + 2 : line) + 4 * padding};
    }
    case Kind::Frame:
        return {QStyledItemDelegate::sizeHint(option, index).width(), line + 2 * padding};
    case Kind::Source: {
        const int lines = int(index.data(StackTraceModel::SourceLinesRole).toStringList().size());
        const bool note = !index.data(StackTraceModel::SourceNoteRole).toString().isEmpty();
        const int code = lines > 0 ? lines * QFontMetrics(m_code).lineSpacing() + 2 * padding : 0;
        return {200, code + (note ? line + 2 * padding : 0) + 3 * padding};
    }
    case Kind::Variable: {
        QStyleOptionViewItem opt = option;
        opt.font = m_code;
        return QStyledItemDelegate::sizeHint(opt, index) + QSize(0, padding);
    }
    case Kind::SystemFrames:
    case Kind::Variables:
    case Kind::Registers:
        break;
    }
    return {200, line + 2 * padding};
}

void StackTraceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (kindOf(index)) {
    case Kind::Section:
        paintSection(painter, option, index);
        return;
    case Kind::Frame:
        paintFrame(painter, option, index);
        return;
    case Kind::Source:
        paintSource(painter, option, index);
        return;
    case Kind::SystemFrames:
    case Kind::Variables:
    case Kind::Registers:
        paintCaption(painter, option, index);
        return;
    case Kind::Variable: {
        QStyleOptionViewItem opt = option;
        opt.font = m_code;
        opt.textElideMode = Qt::ElideRight;
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    }
}

void StackTraceDelegate::paintBackground(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

int StackTraceDelegate::pill(
    QPainter *painter, int right, const QRect &row, const QString &text, const QColor &background, const QColor &foreground) const
{
    QFont font = painter->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 12;
    const int height = metrics.height() + 2;
    const QRect rect(right - width, row.top() + (row.height() - height) / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(rect, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(foreground);
    painter->drawText(rect, Qt::AlignCenter | Qt::TextSingleLine, text);
    painter->restore();
    return rect.left() - 6;
}

void StackTraceDelegate::paintSection(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->fillRect(
        option.rect, selected ? palette.highlight().color() : mixed(palette.base().color(), palette.mid().color(), 0.18));
    const QRect area = option.rect.adjusted(padding + 2, 2 * padding, -2 * padding, -2 * padding);
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dim = selected ? text : palette.color(QPalette::PlaceholderText);

    // Badges from the right: handled or not, the mechanism, a crashed thread, the frame count.
    int right = area.right();
    const QVariant handled = index.data(StackTraceModel::HandledRole);
    if (handled.isValid()) {
        right = handled.toBool() ? pill(painter, right, QRect(area.left(), area.top(), area.width(), option.fontMetrics.height()),
                                       tr("handled"), mixed(palette.base().color(), QColor(0x2b, 0xa1, 0x85), 0.25), text)
                                 : pill(painter, right, QRect(area.left(), area.top(), area.width(), option.fontMetrics.height()),
                                       tr("unhandled"), levelColor(Level::Fatal), Qt::white);
    }
    const QString mechanism = index.data(StackTraceModel::MechanismRole).toString();
    if (!mechanism.isEmpty())
        right = pill(painter, right, QRect(area.left(), area.top(), area.width(), option.fontMetrics.height()), mechanism,
            mixed(palette.base().color(), palette.mid().color(), 0.45), text);
    if (index.data(StackTraceModel::CrashedRole).toBool())
        right = pill(painter, right, QRect(area.left(), area.top(), area.width(), option.fontMetrics.height()), tr("crashed"),
            levelColor(Level::Fatal), Qt::white);

    const QString type = index.data(StackTraceModel::ExceptionTypeRole).toString();
    const QString value = index.data(StackTraceModel::ExceptionValueRole).toString();
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QFontMetrics boldMetrics(bold);
    const QString heading = index.data(StackTraceModel::SectionKindRole).toString() == u"exception"
        ? (type.isEmpty() ? tr("Exception") : type)
        : index.data().toString();
    const QRect first(area.left(), area.top(), right - area.left(), boldMetrics.height());
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        boldMetrics.elidedText(heading, Qt::ElideRight, first.width()));
    const int frames = index.data(StackTraceModel::FrameCountRole).toInt();
    if (!value.isEmpty()) {
        painter->setFont(option.font);
        const QRect second(area.left(), first.bottom() + 2, area.width(), option.fontMetrics.height());
        const QString line = value.section(u'\n', 0, 0);
        painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            option.fontMetrics.elidedText(line, Qt::ElideRight, second.width()));
    } else if (frames > 0) {
        painter->setFont(option.font);
        painter->setPen(dim);
        const int left = area.left() + boldMetrics.horizontalAdvance(heading) + 12;
        painter->drawText(QRect(left, first.top(), qMax(0, right - left), first.height()),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            frames == 1 ? tr("1 frame") : tr("%n frames", nullptr, frames));
    }
    painter->restore();
}

void StackTraceDelegate::paintFrame(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool inApp = index.data(StackTraceModel::InAppRole).toBool();
    const bool selected = opt.state & QStyle::State_Selected;
    if (!inApp && !selected)
        opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::PlaceholderText));
    switch (index.column()) {
    case StackTraceModel::FunctionColumn:
        opt.font.setBold(inApp);
        opt.rect.adjust(8, 0, 0, 0);
        break;
    case StackTraceModel::LocationColumn:
        opt.textElideMode = Qt::ElideMiddle;
        break;
    case StackTraceModel::LineColumn:
        opt.font = m_code;
        opt.rect.adjust(0, 0, -10, 0);
        break;
    default:
        break;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (index.column() == StackTraceModel::FunctionColumn) {
        // The selection background covers the marker's gutter too.
        QStyleOptionViewItem back = opt;
        back.rect = option.rect;
        back.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &back, painter, widget);
        opt.backgroundBrush = Qt::NoBrush;
        opt.state &= ~QStyle::State_Selected;
        if (selected)
            opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (index.column() == StackTraceModel::FunctionColumn && inApp) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Highlight));
        const QRect mark(option.rect.left() + 1, option.rect.top() + padding + 1, 3, option.rect.height() - 2 * padding - 2);
        painter->drawRoundedRect(mark, 1.5, 1.5);
        painter->restore();
    }
}

void StackTraceDelegate::paintCaption(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintBackground(painter, option, index);
    const bool selected = option.state & QStyle::State_Selected;
    QString text = index.data().toString();
    if (kindOf(index) != Kind::SystemFrames)
        text += u"  ("_s + QString::number(index.data(StackTraceModel::FrameCountRole).toInt()) + u')';
    QFont font = option.font;
    font.setItalic(kindOf(index) == Kind::SystemFrames);
    font.setBold(kindOf(index) != Kind::SystemFrames);
    painter->save();
    painter->setFont(font);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(option.rect.adjusted(8, 0, -padding, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        QFontMetrics(font).elidedText(text, Qt::ElideRight, option.rect.width() - 8 - padding));
    painter->restore();
}

void StackTraceDelegate::paintSource(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const QString note = index.data(StackTraceModel::SourceNoteRole).toString();
    const bool local = index.data(StackTraceModel::SourceIsLocalRole).toBool();
    QRect area = option.rect.adjusted(2, padding, -2 * padding, -2 * padding);
    painter->save();
    painter->fillRect(option.rect, palette.base());
    if (!note.isEmpty()) {
        QFont font = option.font;
        font.setItalic(true);
        painter->setFont(font);
        int left = area.left();
        if (local) {
            const QRect row(left, area.top(), area.width(), option.fontMetrics.height() + padding);
            const QString label = tr("local file");
            QFont pillFont = font;
            pillFont.setItalic(false);
            painter->setFont(pillFont);
            const int width = QFontMetrics(pillFont).horizontalAdvance(label) + 12;
            pill(painter, left + width, row, label, levelColor(Level::Warning), Qt::black);
            painter->setFont(font);
            left += width + 8;
        }
        painter->setPen(palette.color(QPalette::PlaceholderText));
        const QRect noteRect(left, area.top(), area.right() - left, option.fontMetrics.height() + padding);
        painter->drawText(noteRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            QFontMetrics(font).elidedText(note, Qt::ElideMiddle, noteRect.width()));
        area.setTop(noteRect.bottom() + padding);
    }
    const CodeBlock &block = codeBlock(index);
    if (block.lines.isEmpty()) {
        painter->restore();
        return;
    }
    const QColor background
        = m_theme.isValid() ? QColor(m_theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)) : palette.base().color();
    const QColor numbers = m_theme.isValid() ? QColor(m_theme.editorColor(KSyntaxHighlighting::Theme::LineNumbers))
                                             : palette.color(QPalette::PlaceholderText);
    const QColor foreground
        = m_theme.isValid() ? QColor(m_theme.textColor(KSyntaxHighlighting::Theme::Normal)) : palette.color(QPalette::Text);
    const QColor border = mixed(background, palette.mid().color(), 0.6);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(border);
    painter->setBrush(background);
    painter->drawRoundedRect(QRectF(area).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->setRenderHint(QPainter::Antialiasing, false);

    const int first = index.data(StackTraceModel::SourceFirstLineRole).toInt();
    const int errorIndex = index.data(StackTraceModel::SourceErrorIndexRole).toInt();
    const QFontMetrics metrics(m_code);
    const int lineHeight = metrics.lineSpacing();
    const int lastNumber = first > 0 ? first + int(block.lines.size()) - 1 : 0;
    const int gutter = first > 0 ? metrics.horizontalAdvance(QString::number(lastNumber)) + 20 : 8;
    const QRect code = area.adjusted(1, padding, -1, -padding);
    painter->setClipRect(code);
    painter->setFont(m_code);
    for (qsizetype i = 0; i < block.lines.size(); ++i) {
        const int top = code.top() + int(i) * lineHeight;
        const QRect lineRect(code.left(), top, code.width(), lineHeight);
        const bool error = i == errorIndex;
        if (error) {
            painter->fillRect(lineRect, mixed(background, levelColor(Level::Fatal), 0.16));
            painter->fillRect(QRect(code.left(), top, 3, lineHeight), levelColor(Level::Fatal));
        }
        if (first > 0) {
            QFont numberFont = m_code;
            numberFont.setBold(error);
            painter->setFont(numberFont);
            painter->setPen(error ? foreground : numbers);
            painter->drawText(QRect(code.left(), top, gutter - 10, lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                QString::number(first + int(i)));
            painter->setFont(m_code);
        }
        painter->setPen(foreground);
        block.layouts[size_t(i)]->draw(painter, QPointF(code.left() + gutter, top + (lineHeight - metrics.height()) / 2.0));
    }
    painter->restore();
}

} // namespace lookout
