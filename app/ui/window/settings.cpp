#include "window/settings.h"

#include <QDir>
#include <QVariant>

namespace Ui {

Settings::Settings(const QString &profileDir)
    : m_settings(QDir(profileDir).filePath(QStringLiteral("tidings-ui.ini")), QSettings::IniFormat)
{
}

bool Settings::markReadOnSelect() const
{
    return m_settings.value(QStringLiteral("reading/markReadOnSelect"), true).toBool();
}

void Settings::setMarkReadOnSelect(bool on)
{
    m_settings.setValue(QStringLiteral("reading/markReadOnSelect"), on);
}

bool Settings::loadImagesEverywhere() const
{
    return m_settings.value(QStringLiteral("reading/loadImagesEverywhere"), false).toBool();
}

void Settings::setLoadImagesEverywhere(bool on)
{
    m_settings.setValue(QStringLiteral("reading/loadImagesEverywhere"), on);
}

int Settings::fontDelta() const
{
    return qBound(-6, m_settings.value(QStringLiteral("reading/fontDelta"), 0).toInt(), 16);
}

void Settings::setFontDelta(int delta)
{
    m_settings.setValue(QStringLiteral("reading/fontDelta"), delta);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/state"), state);
}

QByteArray Settings::splitterState() const
{
    return m_settings.value(QStringLiteral("window/splitter")).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/splitter"), state);
}

QList<qint64> Settings::expandedFolders() const
{
    QList<qint64> ids;
    const QStringList values = m_settings.value(QStringLiteral("tree/expandedFolders")).toStringList();
    for (const QString &value : values)
        ids.append(value.toLongLong());
    return ids;
}

void Settings::setExpandedFolders(const QList<qint64> &ids)
{
    QStringList values;
    for (qint64 id : ids)
        values.append(QString::number(id));
    m_settings.setValue(QStringLiteral("tree/expandedFolders"), values);
}

qint64 Settings::lastStory() const
{
    return m_settings.value(QStringLiteral("window/lastStory"), 0).toLongLong();
}

void Settings::setLastStory(qint64 id)
{
    m_settings.setValue(QStringLiteral("window/lastStory"), id);
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace Ui
