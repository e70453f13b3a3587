#pragma once

#include <QString>

namespace lookout {

// Qt shows a tooltip as rich text whenever it looks like markup, and text from an event may look
// like anything ("<img src=x>"). Escaped and wrapped, it is always shown literally.
inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace lookout
