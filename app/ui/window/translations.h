#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace Ui {

// The languages Tidings ships (their .ts files under translations/), each
// as a QLocale name; English is the source language, whose file holds only
// its plural forms.
QStringList shippedLanguages();

// The application's translators: Qt's own (qtbase, from Qt's folder) and
// Tidings' (from `folder`, ":/i18n" in the app). apply() installs the ones for
// `language` (a QLocale name such as "de"; empty: the system's language) and
// makes it the default locale; a language without a file reads English,
// with the English file's plural forms ("1 story", "2 stories"). Qt mirrors the layout when
// the installed files say the language is written right to left.
class AppTranslations {
public:
    explicit AppTranslations(QString folder);
    ~AppTranslations();
    AppTranslations(const AppTranslations &) = delete;
    AppTranslations &operator=(const AppTranslations &) = delete;

    void apply(const QString &language);
    // Whether Tidings' own file for the language applied last was found
    // (English's counts: it holds English's plural forms).
    [[nodiscard]] bool hasTidingsText() const { return m_tidingsLoaded; }

private:
    QString m_folder;
    QTranslator m_qt;
    QTranslator m_tidings;
    bool m_tidingsLoaded = false;
};

} // namespace Ui
