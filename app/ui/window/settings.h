#pragma once

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QString>

namespace Ui {

// The app's preferences, kept in <profile>/tidings-ui.ini so that one
// profile folder holds everything (and tests never touch the user's files).
class Settings final {
public:
    explicit Settings(const QString &profileDir);

    bool markReadOnSelect() const;
    void setMarkReadOnSelect(bool on);
    bool loadImagesEverywhere() const;
    void setLoadImagesEverywhere(bool on);
    int fontDelta() const; // points added to the reading font
    void setFontDelta(int delta);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QList<qint64> expandedFolders() const;
    void setExpandedFolders(const QList<qint64> &ids);

    qint64 lastStory() const;
    void setLastStory(qint64 id);

    void sync();

private:
    mutable QSettings m_settings;
};

} // namespace Ui
