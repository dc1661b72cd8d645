#pragma once

// Shared by the pipeline tests (tests/pipeline/tst_pipeline*.cpp): sites
// served by the local HTTP server, and the fixture each test starts from.

#include "pipeline/pipeline.h"
#include "storage/store.h"
#include "test_feeds.h"
#include "test_http_server.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace PipelineTest {

using namespace Core;
using namespace TestSupport;

constexpr int Patience = 30'000; // ms; generous for a loaded 2-core machine

// One site: a feed of `count` stories whose pages live on the same server.
struct Site {
    QByteArray prefix; // "/one"
    QByteArray title;
    int count = 0;
    bool conditional = true;
    int feedStatus = 200;

    QByteArray feedPath() const { return prefix + "/feed.xml"; }
    QByteArray pagePath(int i) const { return prefix + "/story" + QByteArray::number(i) + ".html"; }
};

inline void serveSite(TestHttpServer &server, Site *site)
{
    server.route(site->feedPath(), [&server, site](const HttpRequest &request) {
        if (site->feedStatus != 200)
            return TestHttpServer::status(site->feedStatus, "broken");
        QList<FeedEntry> entries;
        for (int i = 0; i < site->count; ++i) {
            entries.append(
                { site->prefix + "-" + QByteArray::number(i), site->title + " story " + QByteArray::number(i),
                    server.url(QString::fromLatin1(site->pagePath(i))).toEncoded(), "Kernow Harbour Trust" });
        }
        const QByteArray body
            = rssFeed(site->title, server.url(QString::fromLatin1(site->prefix + "/")).toEncoded(), entries);
        const QByteArray etag = "\"" + site->prefix.mid(1) + QByteArray::number(site->count) + "\"";
        if (!site->conditional)
            return TestHttpServer::ok(body, "application/rss+xml");
        return TestHttpServer::conditional(request, body, "application/rss+xml", etag, "Sat, 28 Nov 2026 09:00:00 GMT");
    });
    for (int i = 0; i < 20; ++i) {
        server.serve(site->pagePath(i),
            TestHttpServer::ok(
                articlePage(site->title + " story " + QByteArray::number(i), i), "text/html; charset=utf-8"));
    }
}

inline int pageRequests(const TestHttpServer &server)
{
    int count = 0;
    for (const HttpRequest &request : server.requests())
        count += request.path.endsWith(".html");
    return count;
}

// A real store in a temporary profile and a local HTTP server; a test class
// calls initFixture() from init() and cleanupFixture() from cleanup().
class PipelineFixture {
protected:
    void initFixture()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Result<std::unique_ptr<Store>> store = Store::open(m_dir->path());
        QVERIFY2(store.has_value(), qPrintable(store.has_value() ? QString() : store.error().detail));
        m_store = std::move(*store);
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
    }

    void cleanupFixture()
    {
        m_store.reset();
        m_server.reset();
        m_dir.reset();
    }

    bool runUntilIdle(Pipeline &pipeline, const std::function<void()> &start)
    {
        QSignalSpy idle(&pipeline, &Pipeline::idle);
        start();
        return idle.wait(Patience) || idle.size() > 0;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TestHttpServer> m_server;
};

} // namespace PipelineTest
