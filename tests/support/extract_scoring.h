#pragma once

// Scoring of extracted article text, shared by the corpus tests and the
// extractor benchmark. Independent of the extractor's own code on purpose:
// it parses the expected HTML with plain libxml2.
//
// Shingle F1 (the ScrapingHub article-extraction benchmark's metric, as the
// corpus README defines it): tokens are Unicode \w+ runs (case-folded),
// shingles are 4 consecutive tokens counted with multiplicity; per page
// tp = overlap of the two multisets, fp = ours - tp, fn = expected - tp.
// Precision is the mean over pages with tp+fp > 0 of tp/(tp+fp), recall the
// mean over pages with tp+fn > 0 of tp/(tp+fn), F1 comes from the two means.

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstring>
#include <libxml/HTMLparser.h>
#include <vector>

namespace ExtractScoring {

inline bool isWordChar(char32_t c)
{
    if (c == '_')
        return true;
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Punctuation_Connector:
        return true;
    default:
        return false;
    }
}

inline QStringList tokens(const QString &text)
{
    QStringList out;
    QString current;
    for (const char32_t c : text.toUcs4()) {
        if (isWordChar(c)) {
            current += QString::fromUcs4(&c, 1);
        } else if (!current.isEmpty()) {
            out << current.toCaseFolded();
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current.toCaseFolded();
    return out;
}

inline QHash<QString, int> shingles(const QString &text)
{
    const QStringList t = tokens(text);
    QHash<QString, int> out;
    if (t.isEmpty())
        return out;
    if (t.size() < 4) {
        out[t.join(QChar(0x1F))] += 1;
        return out;
    }
    for (qsizetype i = 0; i + 4 <= t.size(); ++i)
        out[t.mid(i, 4).join(QChar(0x1F))] += 1;
    return out;
}

struct Counts {
    qint64 tp = 0;
    qint64 fp = 0;
    qint64 fn = 0;
};

inline Counts compare(const QString &ours, const QString &expected)
{
    const QHash<QString, int> a = shingles(ours);
    const QHash<QString, int> b = shingles(expected);
    Counts c;
    qint64 totalA = 0, totalB = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        totalA += it.value();
        c.tp += std::min(it.value(), b.value(it.key()));
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        totalB += it.value();
    c.fp = totalA - c.tp;
    c.fn = totalB - c.tp;
    return c;
}

struct F1Totals {
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;

    void add(const Counts &c)
    {
        if (c.tp + c.fp > 0) {
            precisionSum += double(c.tp) / double(c.tp + c.fp);
            ++precisionPages;
        }
        if (c.tp + c.fn > 0) {
            recallSum += double(c.tp) / double(c.tp + c.fn);
            ++recallPages;
        }
    }
    double precision() const { return precisionPages ? precisionSum / precisionPages : 0; }
    double recall() const { return recallPages ? recallSum / recallPages : 0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

// The visible text of an HTML fragment or page (script and style skipped).
inline QString htmlToText(const QByteArray &html)
{
    if (html.trimmed().isEmpty())
        return {};
    htmlDocPtr doc = htmlReadMemory(html.constData(), int(html.size()), nullptr, "UTF-8",
        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
    if (!doc)
        return {};
    QByteArray out;
    std::vector<xmlNode *> stack;
    if (xmlNode *root = xmlDocGetRootElement(doc))
        stack.push_back(root);
    while (!stack.empty()) {
        xmlNode *n = stack.back();
        stack.pop_back();
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content)
                out.append(reinterpret_cast<const char *>(n->content));
            continue;
        }
        if (n->type != XML_ELEMENT_NODE)
            continue;
        const char *name = reinterpret_cast<const char *>(n->name);
        if (!std::strcmp(name, "script") || !std::strcmp(name, "style") || !std::strcmp(name, "noscript"))
            continue;
        out.append('\n');
        for (xmlNode *c = n->last; c; c = c->prev)
            stack.push_back(c);
    }
    xmlFreeDoc(doc);
    return QString::fromUtf8(out);
}

// Whitespace folded to single spaces (the snippet test of trafilatura's evaluation).
inline QString fold(const QString &s)
{
    return s.simplified();
}

struct SnippetCounts {
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int tn = 0;
    void add(const SnippetCounts &o)
    {
        tp += o.tp;
        fn += o.fn;
        fp += o.fp;
        tn += o.tn;
    }
    double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
    double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
    double f() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

inline SnippetCounts scoreSnippets(const QString &text, const QStringList &with, const QStringList &without)
{
    const QString folded = fold(text);
    SnippetCounts c;
    for (const QString &s : with) {
        if (folded.contains(fold(s)))
            ++c.tp;
        else
            ++c.fn;
    }
    for (const QString &s : without) {
        if (folded.contains(fold(s)))
            ++c.fp;
        else
            ++c.tn;
    }
    return c;
}

// Bylines match when, case-folded, stripped of a leading "By"/"Par"/"Written
// by" and whitespace-folded, one contains the other (the expected bylines are
// Readability's raw byline nodes, which sometimes carry a date or a role).
inline QString normalizeByline(const QString &s)
{
    QString t = s.simplified().toCaseFolded();
    for (const char *prefix : { "written by ", "by: ", "by ", "par ", "von " })
        if (t.startsWith(QLatin1String(prefix)))
            t = t.mid(qsizetype(std::strlen(prefix)));
    return t.trimmed();
}

inline bool bylineMatches(const QString &ours, const QString &expected)
{
    const QString a = normalizeByline(ours);
    const QString b = normalizeByline(expected);
    if (a.isEmpty() || b.isEmpty())
        return a == b;
    return a == b || a.contains(b) || b.contains(a);
}

} // namespace ExtractScoring
