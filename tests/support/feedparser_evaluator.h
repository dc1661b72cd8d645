#pragma once

// The feedparser conformance test's reader of expectations: a tiny evaluator
// for the subset of Python the test files write their "Expect:" lines in,
// and the headers a test file asks for.

#include "base/charset.h"
#include "feedparser_values.h"

#include <QRegularExpression>

namespace FeedparserCorpus {

// ---- A tiny reader for the Python the expectations are written in --------

class Evaluator {
public:
    Evaluator(const QString &source, const ParsedFeed &feed)
        : m_src(source)
        , m_feed(feed)
    {
    }

    // Throws NotApplicable or Failure; returns whether the expectation holds.
    bool run()
    {
        const Value v = orExpr();
        skipSpace();
        if (m_pos < m_src.size())
            throw NotApplicable { QStringLiteral("python syntax beyond the evaluator") };
        if (!m_sawModelledField)
            throw NotApplicable { m_sawBozo ? QStringLiteral("bozo flag only (well-formedness, not a field)")
                                            : QStringLiteral("no field asserted (smoke test)") };
        return v.truthy();
    }

private:
    QString m_src;
    const ParsedFeed &m_feed;
    qsizetype m_pos = 0;
    bool m_sawModelledField = false;
    bool m_sawBozo = false;

    void skipSpace()
    {
        while (m_pos < m_src.size() && m_src[m_pos].isSpace())
            ++m_pos;
    }
    bool eat(QLatin1String token)
    {
        skipSpace();
        if (m_src.mid(m_pos, token.size()) != token)
            return false;
        const qsizetype after = m_pos + token.size();
        if (QChar(token.back()).isLetter() && after < m_src.size()
            && (m_src[after].isLetterOrNumber() || m_src[after] == QLatin1Char('_')))
            return false;
        m_pos = after;
        return true;
    }
    void expect(QLatin1String token)
    {
        if (!eat(token))
            throw NotApplicable { QStringLiteral("python syntax beyond the evaluator") };
    }

    // After a short-circuit inside a conjunction: the remaining text is not evaluated.
    void skipRest() { m_pos = m_src.size(); }

    Value orExpr()
    {
        Value left = andExpr();
        while (eat(QLatin1String("or"))) {
            const Value right = andExpr();
            left = Value::flag(left.truthy() || right.truthy());
        }
        return left;
    }
    Value andExpr()
    {
        Value left = notExpr();
        while (eat(QLatin1String("and"))) {
            // Python short-circuits: once false, the rest cannot make it applicable again.
            try {
                const Value right = notExpr();
                left = Value::flag(left.truthy() && right.truthy());
            } catch (const NotApplicable &) {
                if (left.truthy())
                    throw;
                skipRest();
            } catch (const Failure &) {
                if (left.truthy())
                    throw;
                skipRest();
            }
        }
        return left;
    }
    Value notExpr()
    {
        if (eat(QLatin1String("not"))) {
            const Value inner = notExpr();
            return inner.kind == Value::Ignored ? inner : Value::flag(!inner.truthy());
        }
        return comparison();
    }
    Value comparison()
    {
        const Value left = postfix();
        if (eat(QLatin1String("=="))) {
            // Python chains comparisons: a == b == c means a == b and b == c.
            Value right = postfix();
            Value result = compareValues(left, right);
            while (eat(QLatin1String("=="))) {
                const Value next = postfix();
                const Value more = compareValues(right, next);
                result = Value::flag(result.truthy() && more.truthy());
                right = next;
            }
            return result;
        }
        if (eat(QLatin1String("!="))) {
            const Value right = postfix();
            return Value::flag(!compareValues(left, right).truthy());
        }
        if (eat(QLatin1String("is"))) {
            const bool negate = eat(QLatin1String("not"));
            const Value right = postfix();
            if (left.kind == Value::Ignored)
                return left;
            const bool same = left.kind == right.kind && (left.kind == Value::None || left.boolean == right.boolean);
            return Value::flag(negate ? !same : same);
        }
        return left;
    }
    Value compareValues(const Value &left, const Value &right)
    {
        if (left.kind == Value::Ignored || right.kind == Value::Ignored)
            return Value::ignored();
        for (const Value *side : { &left, &right })
            if (side->kind == Value::None && !side->string.isEmpty())
                throw Failure { side->string };
        return Value::flag(equalValues(left, right));
    }

    Value postfix()
    {
        Value v = primary();
        for (;;) {
            if (eat(QLatin1String("["))) {
                const Value key = orExpr();
                expect(QLatin1String("]"));
                v = index(v, key);
            } else if (eat(QLatin1String("."))) {
                const QString name = identifier();
                if (name == QLatin1String("get"))
                    throw NotApplicable { QStringLiteral("python method call") };
                v = index(v, Value::text(name));
            } else {
                return v;
            }
        }
    }
    // A field we model that this result lacks: a failure once compared, while
    // reading on into fields we do not model stays "not applicable".
    static Value missing(const QString &objectName, const QString &why)
    {
        Value v;
        v.objectName = objectName;
        v.string = why;
        v.compare = Compare::Exact;
        return v;
    }

    Value index(const Value &container, const Value &key)
    {
        const bool isMissing = container.kind == Value::None && !container.string.isEmpty();
        if (container.kind == Value::Tuple && key.kind == Value::Int) {
            if (key.integer >= 0 && key.integer < container.items->size())
                return container.items->at(key.integer);
            return missing(container.objectName,
                QStringLiteral("index %1 out of range (%2 present)").arg(key.integer).arg(container.items->size()));
        }
        if (isMissing && key.kind == Value::Int)
            return container;
        if ((container.kind == Value::Object || isMissing) && key.kind == Value::String) {
            if (!isMissing) {
                const auto it = container.fields->constFind(key.string);
                if (it != container.fields->constEnd()) {
                    m_sawModelledField = true;
                    return *it;
                }
            }
            if (isModelled(container.objectName, key.string)) {
                m_sawModelledField = true;
                return missing(key.string,
                    isMissing ? container.string
                              : QStringLiteral("%1['%2'] is missing").arg(container.objectName, key.string));
            }
            throw NotApplicable { QStringLiteral("not modelled: %1").arg(reasonKey(container.objectName, key.string)) };
        }
        throw NotApplicable { QStringLiteral("python indexing beyond the evaluator") };
    }

    // Fields we model but may leave empty: their absence is a failure, not "not applicable".
    static bool isModelled(const QString &object, const QString &key)
    {
        static const QMap<QString, QStringList> modelled = {
            { QStringLiteral("feed"),
                { QStringLiteral("title"), QStringLiteral("title_detail"), QStringLiteral("link"),
                    QStringLiteral("subtitle"), QStringLiteral("tagline"), QStringLiteral("description"),
                    QStringLiteral("language"), QStringLiteral("updated_parsed"), QStringLiteral("modified_parsed"),
                    QStringLiteral("icon"), QStringLiteral("subtitle_detail"), QStringLiteral("tagline_detail"),
                    QStringLiteral("updated"), QStringLiteral("modified") } },
            { QStringLiteral("entries[i]"),
                { QStringLiteral("title"), QStringLiteral("title_detail"), QStringLiteral("link"), QStringLiteral("id"),
                    QStringLiteral("guid"), QStringLiteral("summary"), QStringLiteral("description"),
                    QStringLiteral("summary_detail"), QStringLiteral("content"), QStringLiteral("author"),
                    QStringLiteral("published_parsed"), QStringLiteral("updated_parsed"),
                    QStringLiteral("modified_parsed"), QStringLiteral("issued_parsed"),
                    QStringLiteral("created_parsed"), QStringLiteral("date_parsed"), QStringLiteral("tags"),
                    QStringLiteral("category"), QStringLiteral("enclosures"), QStringLiteral("published"),
                    QStringLiteral("issued"), QStringLiteral("created"), QStringLiteral("date"),
                    QStringLiteral("updated"), QStringLiteral("modified") } },
            { QStringLiteral("enclosures"),
                { QStringLiteral("href"), QStringLiteral("url"), QStringLiteral("type"), QStringLiteral("length") } },
            { QStringLiteral("tags"), { QStringLiteral("term") } },
            { QStringLiteral("content"), { QStringLiteral("value") } },
            { QStringLiteral("title_detail"), { QStringLiteral("value") } },
            { QStringLiteral("summary_detail"), { QStringLiteral("value") } },
            { QStringLiteral("subtitle_detail"), { QStringLiteral("value") } },
            { QStringLiteral("tagline_detail"), { QStringLiteral("value") } },
        };
        return modelled.value(object).contains(key);
    }
    static QString reasonKey(const QString &object, const QString &key)
    {
        if (key.endsWith(QLatin1String("_detail")) || object.endsWith(QLatin1String("_detail"))
            || object == QLatin1String("content"))
            return QStringLiteral("feedparser detail dicts (type/base/language/...)");
        if (key.startsWith(QLatin1String("itunes_")))
            return QStringLiteral("itunes extras (block, explicit, owner, ...)");
        if (key.startsWith(QLatin1String("media_")) || key.startsWith(QLatin1String("psc_")))
            return QStringLiteral("media/podlove extras");
        if (key == QLatin1String("links") || key == QLatin1String("href") || key == QLatin1String("rel"))
            return QStringLiteral("link lists and link attributes");
        if (key == QLatin1String("where") || key.startsWith(QLatin1String("geo")))
            return QStringLiteral("geo data");
        if (key.startsWith(QLatin1String("author")) || key.startsWith(QLatin1String("contributor"))
            || key.startsWith(QLatin1String("publisher")) || key == QLatin1String("email")
            || key == QLatin1String("name"))
            return QStringLiteral("people beyond the item author (details, contributors, publisher, feed author)");
        if (key == QLatin1String("published") || key == QLatin1String("updated") || key == QLatin1String("modified")
            || key == QLatin1String("issued") || key == QLatin1String("created") || key == QLatin1String("date")
            || key == QLatin1String("expired") || key.startsWith(QLatin1String("expired"))
            || key.startsWith(QLatin1String("validity"))
            || (object == QLatin1String("feed") && key.startsWith(QLatin1String("published"))))
            return QStringLiteral("raw date text or dates Tidings does not keep");
        if (key == QLatin1String("tags") || key == QLatin1String("scheme") || key == QLatin1String("label"))
            return QStringLiteral("category scheme/label and feed-level tags");
        if (key == QLatin1String("source"))
            return QStringLiteral("entry source");
        if (key == QLatin1String("id") || key == QLatin1String("guid") || key == QLatin1String("guidislink"))
            return QStringLiteral("feed-level id");
        return QStringLiteral("other feedparser fields (rights, generator, image, cloud, textinput, comments, ...)");
    }

    QString identifier()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_src.size() && (m_src[m_pos].isLetterOrNumber() || m_src[m_pos] == QLatin1Char('_')))
            ++m_pos;
        if (start == m_pos)
            throw NotApplicable { QStringLiteral("python syntax beyond the evaluator") };
        return m_src.mid(start, m_pos - start);
    }

    Value primary()
    {
        skipSpace();
        if (m_pos >= m_src.size())
            throw NotApplicable { QStringLiteral("python syntax beyond the evaluator") };
        const QChar c = m_src[m_pos];
        if (c == QLatin1Char('(')) {
            ++m_pos;
            List list;
            bool tuple = false;
            while (!eat(QLatin1String(")"))) {
                list << orExpr();
                if (eat(QLatin1String(",")))
                    tuple = true;
            }
            return tuple || list.size() != 1 ? Value::tuple(list) : list.first();
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')
            || ((c == QLatin1Char('u') || c == QLatin1Char('b')) && m_pos + 1 < m_src.size()
                && (m_src[m_pos + 1] == QLatin1Char('\'') || m_src[m_pos + 1] == QLatin1Char('"'))))
            return Value::text(stringLiteral());
        if (c.isDigit() || c == QLatin1Char('-')) {
            const qsizetype start = m_pos++;
            while (m_pos < m_src.size() && (m_src[m_pos].isDigit() || m_src[m_pos] == QLatin1Char('.')))
                ++m_pos;
            return Value::number(m_src.mid(start, m_pos - start).toLongLong());
        }
        if (c == QLatin1Char('{') || c == QLatin1Char('['))
            throw NotApplicable { QStringLiteral("python syntax beyond the evaluator") };
        const QString name = identifier();
        if (name == QLatin1String("feed"))
            return feedValue(m_feed);
        if (name == QLatin1String("entries")) {
            m_sawModelledField = true;
            List list;
            for (const ParsedItem &item : m_feed.items)
                list << itemValue(item);
            Value entries = Value::tuple(list);
            entries.objectName = QStringLiteral("entries[i]");
            return entries;
        }
        if (name == QLatin1String("encoding")) {
            m_sawModelledField = true;
            return Value::text(m_feed.encoding, Compare::Encoding);
        }
        if (name == QLatin1String("version")) {
            m_sawModelledField = true;
            return Value::text(m_feed.format, Compare::Format);
        }
        if (name == QLatin1String("bozo")) {
            m_sawBozo = true;
            return Value::ignored();
        }
        if (name == QLatin1String("True") || name == QLatin1String("False"))
            return Value::flag(name == QLatin1String("True"));
        if (name == QLatin1String("None"))
            return {};
        if (name == QLatin1String("len") || name == QLatin1String("ord")) {
            expect(QLatin1String("("));
            const Value inner = orExpr();
            expect(QLatin1String(")"));
            if (name == QLatin1String("len"))
                return Value::number(inner.kind == Value::Tuple ? inner.items->size() : inner.string.size());
            const QString text = HtmlText::htmlToText(inner.string);
            if (text.size() != 1)
                throw Failure { QStringLiteral("ord() of '%1'").arg(text) };
            return Value::number(text[0].unicode());
        }
        throw NotApplicable { QStringLiteral("not modelled: %1")
                                  .arg(name == QLatin1String("headers") || name == QLatin1String("etag")
                                              || name == QLatin1String("modified") || name == QLatin1String("status")
                                              || name == QLatin1String("href")
                                          ? QStringLiteral("HTTP response data (status, etag, headers)")
                                          : QStringLiteral("python %1").arg(name)) };
    }

    QString stringLiteral()
    {
        if (m_src[m_pos] == QLatin1Char('u') || m_src[m_pos] == QLatin1Char('b'))
            ++m_pos;
        const QChar quote = m_src[m_pos++];
        QString out;
        while (m_pos < m_src.size() && m_src[m_pos] != quote) {
            QChar c = m_src[m_pos++];
            if (c != QLatin1Char('\\') || m_pos >= m_src.size()) {
                out += c;
                continue;
            }
            c = m_src[m_pos++];
            auto hex = [&](int digits) {
                const uint cp = m_src.mid(m_pos, digits).toUInt(nullptr, 16);
                m_pos += digits;
                const char32_t ucs = cp;
                out += QString::fromUcs4(&ucs, 1);
            };
            switch (c.unicode()) {
            case 'x':
                hex(2);
                break;
            case 'u':
                hex(4);
                break;
            case 'U':
                hex(8);
                break;
            case 'n':
                out += QLatin1Char('\n');
                break;
            case 't':
                out += QLatin1Char('\t');
                break;
            case 'r':
                out += QLatin1Char('\r');
                break;
            default:
                out += c;
            }
        }
        ++m_pos;
        return out;
    }
};

struct Case {
    QString path;
    QString description;
    QString expect;
    QString httpCharset;
    QString contentType;
    QString contentLocation;
    bool contentLanguage = false;
};

inline Case readCase(const QByteArray &bytes)
{
    // (Charset::decodeXml takes a UTF-16LE BOM for UTF-32LE; the parser works around it, and so do we.)
    const bool utf16le = bytes.startsWith("\xFF\xFE") && !bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4));
    const QString text
        = utf16le ? Charset::decode(bytes.mid(2), QStringLiteral("utf-16le")) : Charset::decodeXml(bytes).text;
    Case c;
    static const QRegularExpression expectRe(
        QStringLiteral("Expect:\\s*(.*?)\\s*(?:-->|\"\\s*,|$)"), QRegularExpression::MultilineOption);
    static const QRegularExpression descRe(
        QStringLiteral("Description:\\s*(.*?)\\s*(?:Expect:|$)"), QRegularExpression::MultilineOption);
    static const QRegularExpression headerRe(
        QStringLiteral("^\\s*Header:\\s*([A-Za-z-]+):\\s*(.*?)\\s*$"), QRegularExpression::MultilineOption);
    const QString head = text.left(4096);
    c.expect = expectRe.match(head).captured(1);
    c.description = descRe.match(head).captured(1);
    for (auto it = headerRe.globalMatch(head); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1).toLower();
        if (name == QLatin1String("content-type")) {
            c.contentType = m.captured(2);
            static const QRegularExpression charsetRe(
                QStringLiteral("charset\\s*=\\s*[\"']?([^\"';\\s]+)"), QRegularExpression::CaseInsensitiveOption);
            c.httpCharset = charsetRe.match(c.contentType).captured(1);
        } else if (name == QLatin1String("content-location")) {
            c.contentLocation = m.captured(2);
        } else if (name == QLatin1String("content-language")) {
            c.contentLanguage = true;
        }
    }
    return c;
}

} // namespace FeedparserCorpus
