#pragma once

// The one writer to the database: a read-write Store on a thread of its own
// ("storage"). Everything that changes the database, the pipeline's refresh
// results as well as the user's clicks, runs there in the order it was handed
// over; the GUI thread's own Store only reads (StoreOptions::readOnlyForGui).
//
// A write is a value: a callable taking the Store and returning a Result or a
// Status. Its answer comes back on the thread of a context object (queued,
// after the commit, so reads on the GUI's connection see the change), and is
// dropped if the context is gone by then:
//
//     writer->write([id](Core::Store &store) { return store.setRead(id, true); },
//         this, [this, id](const Core::Status &status) { ... });

#include "base/result.h"
#include "storage/store.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class QThread;

namespace Core {

class StorageWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageWriter)

public:
    // Opens <profileDir>/tidings.sqlite read-write on the storage thread.
    // If that fails every write answers with the error.
    explicit StorageWriter(const QString &profileDir, QObject *parent = nullptr);
    // Runs every write handed over so far (their answers are dropped), then
    // closes the connection on its own thread.
    ~StorageWriter() override;

    QString profileDir() const { return m_profileDir; }
    QThread *storageThread() const { return m_thread; }

    // The low level: runs job(store) on the storage thread after everything
    // handed over before. `store` is null when it could not be opened.
    using Job = std::function<void(Store *store, const Error &openError)>;
    void post(Job job);

    // Runs write(store) on the storage thread, then done(result) on the
    // context's thread. `Write` returns a Result<T> (a Status is one).
    template <typename Write, typename Done> void write(Write write, QObject *context, Done done)
    {
        using R = std::invoke_result_t<Write &, Store &>;
        QPointer<QObject> guard(context);
        post([this, write = std::move(write), guard, done = std::move(done)](
                 Store *store, const Error &openError) mutable {
            R result = store ? R(write(*store)) : R(openError);
            // Answered through this object, which lives on the GUI thread:
            // the guard is only looked at there.
            QMetaObject::invokeMethod(this, [guard, done, result]() mutable {
                if (guard)
                    done(result);
            });
        });
    }
    // A write whose answer nobody waits for (failures are logged).
    template <typename Write> void write(Write write)
    {
        post([write = std::move(write)](Store *store, const Error &openError) mutable {
            if (!store) {
                logFailure(openError);
                return;
            }
            const auto result = write(*store);
            if (!result)
                logFailure(result.error());
        });
    }
    // Blocks the calling thread until the write ran and returns its result.
    // Only for start-up, before the window shows: it stalls the GUI.
    template <typename Write> std::invoke_result_t<Write &, Store &> writeAndWait(Write write)
    {
        using R = std::invoke_result_t<Write &, Store &>;
        std::optional<R> result;
        postAndWait(
            [&](Store *store, const Error &openError) { result.emplace(store ? R(write(*store)) : R(openError)); });
        return std::move(*result);
    }

private:
    static void logFailure(const Error &error);
    void postAndWait(const Job &job);

    class Worker;
    QString m_profileDir;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr; // lives on m_thread
};

} // namespace Core
