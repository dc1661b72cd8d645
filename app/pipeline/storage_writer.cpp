#include "pipeline/storage_writer.h"

#include "hand_over.h"

#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcWriter, "tidings.pipeline.writer")

// Jobs reach the storage thread through its event queue: hand_over.h says
// why TSan is told. One token, the worker: a release before each job is
// posted, an acquire when the worker runs one.

namespace Core {

// Owns the read-write Store; created, used and destroyed on the storage thread.
class StorageWriter::Worker final : public QObject {
public:
    void open(const QString &profileDir)
    {
        // The app checked the file at start (or checks it beside the
        // writer, Store::checkIntegrity): reading it whole again here would
        // hold up the first write by seconds at a million stories.
        StoreOptions options;
        options.check = StoreOptions::Check::Schema;
        Result<std::unique_ptr<Store>> opened = Store::open(profileDir, options);
        if (opened) {
            m_store = std::move(*opened);
            return;
        }
        m_openError = opened.error();
        qCWarning(lcWriter) << "the storage thread could not open the store:" << describe(m_openError);
    }
    void run(const Job &job)
    {
        handedOver(this);
        job(m_store.get(), m_openError);
    }
    void close()
    {
        handedOver(this);
        m_store.reset();
    }

private:
    std::unique_ptr<Store> m_store;
    Error m_openError;
};

StorageWriter::StorageWriter(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(profileDir)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("storage"));
    m_worker = new Worker; // no parent: it moves to the storage thread
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    handingOver(m_worker);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, profileDir] {
        handedOver(worker);
        worker->open(profileDir);
    });
}

StorageWriter::~StorageWriter()
{
    handingOver(m_worker);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] {
        worker->close();
        QThread::currentThread()->quit();
    });
    m_thread->wait();
}

void StorageWriter::post(Job job)
{
    handingOver(m_worker);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, job = std::move(job)] { worker->run(job); });
}

void StorageWriter::postAndWait(const Job &job)
{
    Q_ASSERT(QThread::currentThread() != m_thread);
    handingOver(m_worker);
    // The caller reads what the job wrote once Qt's semaphore lets it go on.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, &job] {
            worker->run(job);
            handingOver(&job);
        },
        Qt::BlockingQueuedConnection);
    handedOver(&job);
}

void StorageWriter::logFailure(const Error &error)
{
    qCWarning(lcWriter) << "a write failed:" << describe(error);
}

} // namespace Core
