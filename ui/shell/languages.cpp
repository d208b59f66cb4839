#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Ui {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    // Replacing a language (tests take screenshots in each): the old translators go first.
    for (QTranslator *old :
        app.findChildren<QTranslator *>(u"simu-translation"_s, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *simu = new QTranslator(&app);
    simu->setObjectName(u"simu-translation"_s);
    // Tries the locale's UI languages in order (sw_KE, sw, ...); English is the source text.
    if (!simu->load(locale, u"simu"_s, u"_"_s, u":/i18n"_s)) {
        delete simu;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(simu);
    auto *qt = new QTranslator(&app);
    qt->setObjectName(u"simu-translation"_s);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return simu->language().section(u'_', 0, 0);
}

} // namespace Ui
