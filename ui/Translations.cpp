#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace lookout::Translations {

QLocale chosen(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool install(const QLocale &locale)
{
    static QPointer<QTranslator> lookout;
    static QPointer<QTranslator> qt;
    for (QTranslator *old : {lookout.data(), qt.data()}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    QLocale::setDefault(locale);

    // lookout_en holds the English plural forms: the fallback for every language without its own.
    lookout = new QTranslator(QCoreApplication::instance());
    const bool translated = lookout->load(locale, u"lookout"_s, u"_"_s, u":/i18n"_s);
    if (translated || lookout->load(u"lookout_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(lookout);

    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return translated && !lookout->language().startsWith(u"en"_s);
}

} // namespace lookout::Translations
