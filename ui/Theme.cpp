#include "Theme.h"

#include <QApplication>
#include <QDirIterator>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

using namespace Qt::StringLiterals;

namespace lookout::Theme {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x30), base(0x1e, 0x1e, 0x22), text(0xe6, 0xe6, 0xea), dim(0x8a, 0x8a, 0x95);
    const QColor highlight(0x3d, 0x74, 0xdb);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dim);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xa7, 0xf5));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x44, 0x44, 0x4c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1c));
    p.setColor(QPalette::Light, QColor(0x40, 0x40, 0x48));
    p.setColor(QPalette::Midlight, QColor(0x36, 0x36, 0x3d));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dim);
    return p;
}

QString &systemStyle()
{
    static QString style; // the style the platform chose, before any theme replaced it
    return style;
}

Kind &currentKind()
{
    static Kind kind = Kind::System;
    return kind;
}

void applySystem(Qt::ColorScheme scheme)
{
    QApplication::setStyle(QStyleFactory::create(systemStyle()));
    QApplication::setPalette(QPalette()); // the platform's own palette again
    // A desktop that says "dark" but whose platform theme has no dark palette (plain X11 or
    // Wayland without a Qt platform theme) gets ours: dark text on dark would be worse.
    if (scheme == Qt::ColorScheme::Dark && QApplication::palette().color(QPalette::Window).lightness() > 128) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
    }
}

void followSystemScheme()
{
    static bool connected = false;
    if (connected)
        return;
    connected = true;
    QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp, [](Qt::ColorScheme scheme) {
        if (currentKind() == Kind::System)
            applySystem(scheme);
    });
}

} // namespace

Kind fromName(const QString &name)
{
    if (name == u"dark"_s)
        return Kind::Dark;
    if (name == u"light"_s)
        return Kind::Light;
    return Kind::System;
}

QString name(Kind kind)
{
    switch (kind) {
    case Kind::Dark:
        return u"dark"_s;
    case Kind::Light:
        return u"light"_s;
    case Kind::System:
        break;
    }
    return u"system"_s;
}

void apply(Kind kind)
{
    if (systemStyle().isEmpty())
        systemStyle() = QApplication::style()->name();
    followSystemScheme();
    currentKind() = kind;
    switch (kind) {
    case Kind::System:
        applySystem(QGuiApplication::styleHints()->colorScheme());
        return;
    case Kind::Light:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    case Kind::Dark:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        return;
    }
}

Kind current()
{
    return currentKind();
}

Kind saved()
{
    return fromName(QSettings().value(u"appearance/theme"_s).toString());
}

void save(Kind kind)
{
    QSettings().setValue(u"appearance/theme"_s, name(kind));
}

QIcon appIcon()
{
    QIcon builtIn;
    QDirIterator sizes(u":/appicon"_s, {u"*.png"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (sizes.hasNext())
        builtIn.addFile(sizes.next());
    return QIcon::fromTheme(u"io.github.lookout.Lookout"_s, builtIn);
}

} // namespace lookout::Theme
