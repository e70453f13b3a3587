#include "TagChips.h"

#include <QPainter>
#include <QPainterPath>

namespace lookout {

static constexpr int chipPadding = 7;
static constexpr int chipSpacing = 6;
static constexpr int maxChipText = 60;

TagChips::TagChips(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("tagChips"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void TagChips::setTags(const KeyValueList &tags)
{
    m_tags = tags;
    updateGeometry();
    update();
}

QString TagChips::shown(const QString &text) const
{
    return text.size() > maxChipText ? text.left(maxChipText - 1) + QChar(0x2026) : text;
}

QList<TagChips::Chip> TagChips::layoutChips(int width) const
{
    QList<Chip> chips;
    const QFontMetrics metrics(font());
    const int height = metrics.height() + 8;
    int x = 0;
    int y = 0;
    for (const auto &[key, value] : m_tags) {
        const int keyWidth = metrics.horizontalAdvance(shown(key)) + 2 * chipPadding;
        // A few pixels spare: elidedText() elides text that only just fits.
        const int chipWidth = qMin(width, keyWidth + metrics.horizontalAdvance(shown(value)) + 2 * chipPadding + 4);
        if (x > 0 && x + chipWidth > width) {
            x = 0;
            y += height + chipSpacing;
        }
        chips.append({QRect(x, y, chipWidth, height), keyWidth});
        x += chipWidth + chipSpacing;
    }
    return chips;
}

int TagChips::heightForWidth(int width) const
{
    const QList<Chip> chips = layoutChips(qMax(100, width));
    return chips.isEmpty() ? fontMetrics().height() : chips.constLast().rect.bottom() + 1;
}

QSize TagChips::sizeHint() const
{
    return {400, heightForWidth(qMax(400, width()))};
}

QSize TagChips::minimumSizeHint() const
{
    return {100, fontMetrics().height() + 8};
}

void TagChips::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<Chip> chips = layoutChips(width());
    const QPalette &pal = palette();
    const QColor border = pal.color(QPalette::Mid);
    QColor keyBackground = pal.color(QPalette::Mid);
    keyBackground.setAlphaF(0.22f);
    if (m_tags.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter, tr("This event has no tags."));
        return;
    }
    for (qsizetype i = 0; i < chips.size(); ++i) {
        const Chip &chip = chips.at(i);
        const QRectF outline = QRectF(chip.rect).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath path;
        path.addRoundedRect(outline, 4, 4);
        painter.fillPath(path, pal.base());
        painter.save();
        painter.setClipPath(path);
        painter.fillRect(QRect(chip.rect.left(), chip.rect.top(), chip.keyWidth, chip.rect.height()), keyBackground);
        painter.restore();
        painter.setPen(border);
        painter.drawPath(path);
        const QRect keyRect(chip.rect.left(), chip.rect.top(), chip.keyWidth, chip.rect.height());
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(keyRect, Qt::AlignCenter | Qt::TextSingleLine, shown(m_tags.at(i).first));
        const QRect valueRect = chip.rect.adjusted(chip.keyWidth + chipPadding, 0, -chipPadding, 0);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            fontMetrics().elidedText(shown(m_tags.at(i).second), Qt::ElideRight, valueRect.width()));
    }
}

} // namespace lookout
