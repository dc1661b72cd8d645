#include "window/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace Ui {

QStringList shippedLanguages()
{
    return { QStringLiteral("ar"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
        QStringLiteral("ru"), QStringLiteral("ur"), QStringLiteral("zh_CN") };
}

AppTranslations::AppTranslations(QString folder)
    : m_folder(std::move(folder))
{
}

AppTranslations::~AppTranslations()
{
    QCoreApplication::removeTranslator(&m_tidings);
    QCoreApplication::removeTranslator(&m_qt);
}

void AppTranslations::apply(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    QCoreApplication::removeTranslator(&m_tidings);
    QCoreApplication::removeTranslator(&m_qt);
    if (m_qt.load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_tidingsLoaded = m_tidings.load(locale, QStringLiteral("tidings"), QStringLiteral("_"), m_folder);
    // A language we do not ship reads English, with English plurals ("1
    // story"): the English file holds only those.
    if (m_tidingsLoaded
        || m_tidings.load(QLocale(QLocale::English), QStringLiteral("tidings"), QStringLiteral("_"), m_folder))
        QCoreApplication::installTranslator(&m_tidings);
}

} // namespace Ui
