// HTML fragments through the one sanitizer everything shown passes through,
// with a fuzzed base URL (see fuzz_input.h). Beyond crashes and hangs, the
// output is checked against the allow-list's promises: text is escaped, so
// every '<' in the output opens a tag the sanitizer wrote; no such tag may be
// active (script, iframe, svg, ...), carry an event handler, style, class or
// id, or point a link or image at anything but http(s), mailto or an image
// data: URL. A violation aborts with the output.
#include "fuzz_input.h"
#include "html/sanitizer.h"

#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>

namespace {

const QRegularExpression &tagPattern()
{
    static const QRegularExpression re(QStringLiteral("<(/?)([^\\s/>]*)([^>]*)>"));
    return re;
}

const QRegularExpression &attrPattern()
{
    static const QRegularExpression re(QStringLiteral("\\s([^\\s=\"'/>]+)(?:=\"([^\"]*)\")?"));
    return re;
}

bool allowedUrl(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v.startsWith(QLatin1String("http://")) || v.startsWith(QLatin1String("https://"))
        || v.startsWith(QLatin1String("mailto:")) || v.startsWith(QLatin1String("data:image/png"))
        || v.startsWith(QLatin1String("data:image/jpeg")) || v.startsWith(QLatin1String("data:image/gif"))
        || v.startsWith(QLatin1String("data:image/webp"));
}

[[noreturn]] void fail(const char *what, const QString &tag, const QString &output)
{
    std::fprintf(stderr, "sanitizer output breaks the allow-list (%s) in %s\n--- output:\n%s\n", what,
        tag.toUtf8().constData(), output.toUtf8().constData());
    std::abort();
}

void check(const QString &output)
{
    static const QStringList activeTags = { QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("iframe"),
        QStringLiteral("frame"), QStringLiteral("frameset"), QStringLiteral("object"), QStringLiteral("embed"),
        QStringLiteral("applet"), QStringLiteral("svg"), QStringLiteral("math"), QStringLiteral("form"),
        QStringLiteral("input"), QStringLiteral("button"), QStringLiteral("base"), QStringLiteral("meta"),
        QStringLiteral("link"), QStringLiteral("template"), QStringLiteral("noscript") };
    auto tags = tagPattern().globalMatch(output);
    while (tags.hasNext()) {
        const auto tag = tags.next();
        if (tag.captured(2).isEmpty() || tag.captured(2).startsWith(QLatin1Char('!')))
            fail("a '<' that opens no element", tag.captured(0), output);
        if (activeTags.contains(tag.captured(2).toLower()))
            fail("active element", tag.captured(0), output);
        auto attrs = attrPattern().globalMatch(tag.captured(3));
        while (attrs.hasNext()) {
            const auto attr = attrs.next();
            const QString name = attr.captured(1).toLower();
            if (name.startsWith(QLatin1String("on")) || name == QLatin1String("style") || name == QLatin1String("class")
                || name == QLatin1String("id") || name == QLatin1String("srcdoc") || name == QLatin1String("formaction")
                || name == QLatin1String("srcset"))
                fail("forbidden attribute", tag.captured(0), output);
            if ((name == QLatin1String("href") || name == QLatin1String("src") || name == QLatin1String("cite"))
                && !allowedUrl(attr.captured(2)))
                fail("URL scheme", tag.captured(0), output);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fuzz::Input in = Fuzz::split(data, size, "https://news.example.org/a/b.html");
    check(Core::HtmlSanitizer::clean(QString::fromUtf8(in.body), in.url));
    return 0;
}
