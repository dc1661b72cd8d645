#pragma once

// A small tmpfs mounted for one test, to give SQLite a really full disk or a
// really read-only profile: as root, chmod does not stop writes, a read-only
// mount does. Needs the right to mount (root, or a container that allows it);
// a test checks mounted() and skips with a clear message when it cannot.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace TestSupport {

class TmpfsMount final {
public:
    explicit TmpfsMount(int megabytes)
    {
        if (!m_parent.isValid())
            return;
        m_path = m_parent.filePath(QStringLiteral("mnt"));
        QDir().mkpath(m_path);
        m_mounted = run({ QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
            QStringLiteral("size=%1m").arg(megabytes), QStringLiteral("tidings-test"), m_path });
    }
    ~TmpfsMount()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), { QStringLiteral("-l"), m_path });
    }
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;

    bool mounted() const { return m_mounted; }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return m_path + QLatin1Char('/') + name; }
    bool setReadOnly(bool readOnly)
    {
        return run(
            { QStringLiteral("-o"), readOnly ? QStringLiteral("remount,ro") : QStringLiteral("remount,rw"), m_path });
    }

private:
    static bool run(const QStringList &arguments)
    {
        QProcess mount;
        mount.start(QStringLiteral("mount"), arguments);
        return mount.waitForFinished(10'000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
    }

    QTemporaryDir m_parent;
    QString m_path;
    bool m_mounted = false;
};

// Fills the rest of a file system with one file, down to the last byte;
// false when nothing could be written.
inline bool fillDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    qint64 total = 0;
    for (qint64 size = 1024 * 1024; size >= 1; size /= 4) {
        const QByteArray block(size, 'f');
        while (file.write(block) == size)
            total += size;
    }
    return total > 0;
}

} // namespace TestSupport
