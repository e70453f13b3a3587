#pragma once

#include <QLocale>
#include <QString>

namespace lookout {

// The user interface's language. Lookout's translations are built in (:/i18n/lookout_*.qm); Qt's own
// (standard dialogs, context menus) come from Qt's translations folder where it has them.
namespace Translations {
// The locale to show: `language` ("de", "fr_FR", from --lang) when given, else the system's (which
// honours LANGUAGE for the messages and LC_ALL/LC_* for numbers and dates).
QLocale chosen(const QString &language);
// Installs the translations for `locale` on the running application, replacing earlier ones, and
// makes it the default QLocale (numbers, dates). Returns false when Lookout has no translation for
// it, which leaves the English text.
bool install(const QLocale &locale);
} // namespace Translations

} // namespace lookout
