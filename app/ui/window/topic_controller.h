#pragma once

// What the reader chooses about a topic: follow or unfollow it, give it the
// name they prefer, never see its chip again. Reads through the GUI's
// (read-only) Store, writes only through the StorageWriter; what changed
// comes back as signals once the write is committed.

#include "storage/store.h"

#include <QObject>

class QWidget;

namespace Core {
class StorageWriter;
}

namespace Ui {

class TopicController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicController)

public:
    // `reader` and `writer` must outlive this object; the rename dialog opens
    // over `window`, which owns it.
    TopicController(Core::Store *reader, Core::StorageWriter *writer, QWidget *window);
    ~TopicController() override;

    bool isFollowed(const QString &topic) const;
    void setFollowed(const QString &topic, bool followed);
    // Asks for the new name in a dialog, then renameTo.
    void rename(const QString &topic);
    void renameTo(const QString &topic, const QString &name);
    void block(const QString &topic);
    void unblock(const QString &topic);
    // The chips the reader chose never to see, in a dialog (not blocking:
    // opened window-modal) where any can be shown again.
    void showHiddenChips();

Q_SIGNALS:
    void followedChanged(const QString &topic, bool followed);
    void renamed(const QString &topic, const QString &name);
    void blocked(const QString &topic);
    void unblocked(const QString &topic);
    void message(const QString &text, int timeoutMs);
    void failed(const Core::Error &error);

private:
    Core::Store *m_reader;
    Core::StorageWriter *m_writer;
    QWidget *m_window;
};

} // namespace Ui
