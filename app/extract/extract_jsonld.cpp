#include "base/html_text.h"
#include "extract_metadata_parts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Core::Extract::Meta {

namespace {

void collectObjects(const QJsonValue &v, QList<QJsonObject> *out, int depth)
{
    if (depth > 4 || out->size() > 200)
        return;
    if (v.isArray()) {
        for (const auto &e : v.toArray())
            collectObjects(e, out, depth + 1);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        out->append(o);
        if (o.contains(QLatin1String("@graph")))
            collectObjects(o.value(QLatin1String("@graph")), out, depth + 1);
        if (o.contains(QLatin1String("mainEntity")))
            collectObjects(o.value(QLatin1String("mainEntity")), out, depth + 1);
    }
}

// The texts of schema.org HowTo steps and Recipe instructions: plain
// strings, HowToStep/HowToDirection objects with "text", and sections that
// nest them under itemListElement.
void collectStepTexts(const QJsonValue &v, QStringList *out, int depth)
{
    if (depth > 5 || out->size() > 200)
        return;
    if (v.isString()) {
        out->append(stripHtmlTags(v.toString()));
    } else if (v.isArray()) {
        for (const auto &e : v.toArray())
            collectStepTexts(e, out, depth + 1);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QLatin1String("text")))
            out->append(stripHtmlTags(o.value(QLatin1String("text")).toString()));
        collectStepTexts(o.value(QLatin1String("itemListElement")), out, depth + 1);
    }
}

} // namespace

bool isArticleType(const QString &t)
{
    static const QSet<QString> types = {
        QStringLiteral("Article"),
        QStringLiteral("NewsArticle"),
        QStringLiteral("BlogPosting"),
        QStringLiteral("ReportageNewsArticle"),
        QStringLiteral("AnalysisNewsArticle"),
        QStringLiteral("OpinionNewsArticle"),
        QStringLiteral("BackgroundNewsArticle"),
        QStringLiteral("ReviewNewsArticle"),
        QStringLiteral("Report"),
        QStringLiteral("ScholarlyArticle"),
        QStringLiteral("TechArticle"),
        QStringLiteral("LiveBlogPosting"),
        QStringLiteral("SocialMediaPosting"),
        QStringLiteral("DiscussionForumPosting"),
        QStringLiteral("Review"),
        QStringLiteral("Posting"),
        QStringLiteral("MedicalWebPage"),
        QStringLiteral("Recipe"),
        QStringLiteral("SatiricalArticle"),
        QStringLiteral("AdvertiserContentArticle"),
        QStringLiteral("APIReference"),
        QStringLiteral("HowTo"),
    };
    return types.contains(t);
}

QStringList typesOf(const QJsonObject &o)
{
    const QJsonValue t = o.value(QLatin1String("@type"));
    QStringList out;
    if (t.isString())
        out << t.toString();
    else if (t.isArray())
        for (const auto &v : t.toArray())
            out << v.toString();
    return out;
}

QStringList namesOf(const QJsonValue &v, int depth)
{
    QStringList out;
    if (depth > 3)
        return out;
    if (v.isString()) {
        out << clean(v.toString());
    } else if (v.isArray()) {
        for (const auto &e : v.toArray())
            out << namesOf(e, depth + 1);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QString name = clean(o.value(QLatin1String("name")).toString());
        if (!name.isEmpty())
            out << name;
    }
    out.removeAll(QString());
    return out;
}

QList<QJsonObject> parseJsonLd(const QList<QByteArray> &blocks)
{
    QList<QJsonObject> objects;
    for (QByteArray raw : blocks) {
        raw = raw.trimmed();
        if (raw.startsWith("<!--"))
            raw = raw.mid(4);
        if (raw.endsWith("-->"))
            raw.chop(3);
        raw.replace("//<![CDATA[", "").replace("//]]>", "");
        raw = raw.trimmed();
        if (raw.startsWith("<![CDATA["))
            raw = raw.mid(9);
        if (raw.endsWith("]]>"))
            raw.chop(3);
        raw = raw.trimmed();
        while (raw.endsWith(';'))
            raw.chop(1);
        QJsonParseError error;
        QJsonDocument json = QJsonDocument::fromJson(raw, &error);
        if (error.error != QJsonParseError::NoError) {
            // Raw newlines and tabs inside strings are common and fatal to strict JSON.
            QByteArray fixed = raw;
            fixed.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
            json = QJsonDocument::fromJson(fixed, &error);
            if (error.error != QJsonParseError::NoError)
                continue;
        }
        collectObjects(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), &objects, 0);
    }
    return objects;
}

// The text of an HTML value in JSON-LD, its paragraphs kept as blank lines.
QString stripHtmlTags(const QString &s)
{
    return HtmlText::htmlToText(s, HtmlText::Layout::Paragraphs);
}

// A how-to or a recipe carries its body as description, ingredients and steps.
QString instructionsBody(const QJsonObject &o)
{
    QStringList parts;
    parts << stripHtmlTags(o.value(QLatin1String("description")).toString());
    for (const char *key : { "recipeIngredient", "supply", "tool" }) {
        QStringList items;
        for (const auto &e : o.value(QLatin1String(key)).toArray())
            items << (e.isString() ? e.toString() : e.toObject().value(QLatin1String("name")).toString()).trimmed();
        items.removeAll(QString());
        if (!items.isEmpty())
            parts << items.join(QLatin1Char('\n'));
    }
    collectStepTexts(o.value(QLatin1String("recipeInstructions")), &parts, 0);
    collectStepTexts(o.value(QLatin1String("step")), &parts, 0);
    for (QString &p : parts)
        p = p.trimmed();
    parts.removeAll(QString());
    return parts.join(QLatin1String("\n\n"));
}

} // namespace Core::Extract::Meta
