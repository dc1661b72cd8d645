// Conformance against Python feedparser's test suite (../shared/corpus/feeds/feedparser).
// Each file states its expectation as a Python expression over feedparser's
// result. A small evaluator reads the subset of Python those expressions use
// and maps feedparser's fields onto ParsedFeed/ParsedItem. Expressions about
// fields Tidings does not model are "not applicable", counted per reason.

#include "base/html_text.h"
#include "feedparser_evaluator.h"
#include "feeds/feed_parser.h"
#include "test_support.h"

#include <QDirIterator>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <variant>

using namespace Core;
using namespace FeedparserCorpus;

namespace {

// Below today's figure by a small margin: a drop means a regression.
constexpr double passRateFloor = 0.99;
constexpr int applicableFloor = 715;

// Only href/src made absolute: the contract of HtmlSanitizer::clean for links,
// without its filtering, so these figures measure the parser alone.
QString resolveLinks(const QString &html, const QUrl &base)
{
    static const QRegularExpression re(
        QStringLiteral("\\b(href|src)\\s*=\\s*\"([^\"]*)\""), QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(html).mid(last, m.capturedStart(2) - last);
        const QUrl ref(HtmlText::decodeEntities(m.captured(2)).trimmed());
        out += (base.isValid() ? base.resolved(ref) : ref).toString().toHtmlEscaped();
        last = m.capturedEnd(2);
    }
    out += QStringView(html).mid(last);
    return out;
}

// The field an applicable expectation is mostly about, for the coverage line.
QString fieldFamily(const QString &expect)
{
    static const QList<std::pair<QString, QRegularExpression>> families = {
        { QStringLiteral("dates"),
            QRegularExpression(QStringLiteral("_parsed|'(published|updated|modified|created|issued|date)'")) },
        { QStringLiteral("enclosures"), QRegularExpression(QStringLiteral("enclosures")) },
        { QStringLiteral("categories"), QRegularExpression(QStringLiteral("tags|category")) },
        { QStringLiteral("encoding"), QRegularExpression(QStringLiteral("\\bencoding\\b")) },
        { QStringLiteral("authors"), QRegularExpression(QStringLiteral("author")) },
        { QStringLiteral("summary/content"),
            QRegularExpression(QStringLiteral("summary|description|content|tagline|subtitle|info")) },
        { QStringLiteral("ids"), QRegularExpression(QStringLiteral("\\['(id|guid)'\\]")) },
        { QStringLiteral("links"), QRegularExpression(QStringLiteral("link")) },
        { QStringLiteral("titles"), QRegularExpression(QStringLiteral("title")) },
        { QStringLiteral("language"), QRegularExpression(QStringLiteral("language")) },
    };
    for (const auto &[name, re] : families)
        if (re.match(expect).hasMatch())
            return name;
    return QStringLiteral("other");
}

// Reasons a file's expectation is out of our scope by design, decided from the
// test file itself before running anything.
QString designReason(const Case &c)
{
    if (c.path.startsWith(QLatin1String("wellformed/cdf/")))
        return QStringLiteral("Microsoft CDF (not a feed format Tidings reads)");
    if (c.contentLanguage && c.expect.contains(QLatin1String("language")))
        return QStringLiteral("HTTP Content-Language header (not an input of the parser)");
    if (c.expect.contains(QLatin1String("encoding")) && c.httpCharset.isEmpty()
        && c.contentType.startsWith(QLatin1String("text/"), Qt::CaseInsensitive)
        && c.expect.contains(QLatin1String("us-ascii")))
        return QStringLiteral("RFC 3023 text/* defaults to us-ascii (obsolete; we read the document's own label)");
    if (c.contentType.contains(QLatin1String("xml-dtd"))
        || c.contentType.contains(QLatin1String("external-parsed-entity"))
        || c.contentType.startsWith(QLatin1String("text/plain")))
        return QStringLiteral("feedparser's HTTP content-type rules (non-feed media types)");
    return {};
}

} // namespace

class TestFeedparserCorpus final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void corpus()
    {
        TIDINGS_REQUIRE_SHARED(root, "corpus/feeds/feedparser");
        QStringList files;
        for (QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String(".xml")) || path.endsWith(QLatin1String(".json")))
                files << path;
        }
        files.sort();
        QVERIFY2(files.size() > 1000, "the feedparser corpus looks incomplete");

        int applicable = 0;
        int passed = 0;
        QMap<QString, int> reasons;
        QMap<QString, int> coverage;
        int bozoCases = 0;
        int bozoAgreed = 0;
        QStringList failures;
        const QDateTime seenAt(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        for (const QString &path : files) {
            const QString relative = QDir(root).relativeFilePath(path);
            const QByteArray bytes = TestSupport::readFile(path);
            Case c = readCase(bytes);
            c.path = relative;
            QUrl url(QStringLiteral("http://127.0.0.1:8097/tests/") + relative);
            // Content-Location is the document's URL, as a fetcher would apply it: http(s) only.
            if (const QUrl location = url.resolved(QUrl(c.contentLocation));
                !c.contentLocation.isEmpty() && location.scheme().startsWith(QLatin1String("http")))
                url = location;
            const ParsedFeed feed = FeedParser::parseWith(&resolveLinks, bytes, url, c.httpCharset, seenAt);
            // Informational: does our errors list agree with feedparser's bozo flag?
            if (c.expect.startsWith(QLatin1String("not bozo")) || c.expect.startsWith(QLatin1String("bozo"))) {
                ++bozoCases;
                if (c.expect.startsWith(QLatin1String("bozo")) == !feed.errors.isEmpty())
                    ++bozoAgreed;
            }
            if (c.expect.isEmpty()) {
                ++reasons[QStringLiteral("no Expect line")];
                continue;
            }
            if (const QString reason = designReason(c); !reason.isEmpty()) {
                ++reasons[reason];
                continue;
            }
            try {
                Evaluator evaluator(c.expect, feed);
                const bool ok = evaluator.run();
                ++applicable;
                ++coverage[fieldFamily(c.expect)];
                if (ok)
                    ++passed;
                else
                    failures << QStringLiteral("%1: %2").arg(relative, c.expect);
            } catch (const NotApplicable &na) {
                ++reasons[na.reason];
                if (qEnvironmentVariableIsSet("TIDINGS_CORPUS_VERBOSE"))
                    qInfo().noquote() << QStringLiteral("n/a %1: %2 [%3]").arg(relative, c.expect, na.reason);
            } catch (const Failure &f) {
                ++applicable;
                ++coverage[fieldFamily(c.expect)];
                failures << QStringLiteral("%1: %2 (%3)").arg(relative, c.expect, f.what);
            }
        }

        const double rate = applicable > 0 ? double(passed) / applicable : 0.0;
        qInfo().noquote() << QStringLiteral("feedparser corpus: %1 files, %2 applicable, %3 passed (%4%)")
                                 .arg(files.size())
                                 .arg(applicable)
                                 .arg(passed)
                                 .arg(100.0 * rate, 0, 'f', 1);
        QStringList covered;
        for (auto it = coverage.cbegin(); it != coverage.cend(); ++it)
            covered << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        qInfo().noquote() << QStringLiteral("applicable by field: ") + covered.join(QStringLiteral(", "));
        qInfo().noquote() << QStringLiteral("errors list agrees with feedparser's bozo flag on %1 of %2 files "
                                            "(informational, not asserted)")
                                 .arg(bozoAgreed)
                                 .arg(bozoCases);
        qInfo().noquote() << QStringLiteral("not applicable: %1").arg(files.size() - applicable);
        QList<std::pair<int, QString>> sorted;
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
            sorted.append({ it.value(), it.key() });
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &[count, reason] : sorted)
            qInfo().noquote() << QStringLiteral("  %1  %2").arg(count, 4).arg(reason);
        qInfo().noquote() << QStringLiteral("failing (%1, first 30):").arg(failures.size());
        const bool verbose = qEnvironmentVariableIsSet("TIDINGS_CORPUS_VERBOSE");
        for (const QString &failure : failures.mid(0, verbose ? failures.size() : 30))
            qInfo().noquote() << QStringLiteral("  ") + failure;

        QVERIFY2(applicable >= applicableFloor, qPrintable(QStringLiteral("only %1 applicable cases").arg(applicable)));
        QVERIFY2(rate >= passRateFloor, qPrintable(QStringLiteral("pass rate %1 below the floor").arg(rate)));
    }
};

QTEST_GUILESS_MAIN(TestFeedparserCorpus)
#include "tst_feedparser_corpus.moc"
