#pragma once

// The writer reads its input through a source: a libxml2 tree or the HTML
// layer's node table. Both answer the same few questions (sanitizer.cpp).

#include "html/document.h"
#include "html/escape.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <functional>
#include <libxml/tree.h>
#include <string_view>

namespace Core::HtmlSanitizer::Detail {

using Html::appendEscaped;
using Html::EscapeFor;
using Html::needsEscaping;

// libxml2's HTML parser already lower-cases names, so the common case wraps
// them without copying; XHTML trees may need a lower-cased copy.
inline QByteArray lowerName(const xmlChar *name)
{
    if (!name)
        return {};
    const char *chars = reinterpret_cast<const char *>(name);
    const qsizetype length = qsizetype(qstrlen(chars));
    for (qsizetype i = 0; i < length; ++i) {
        if (chars[i] >= 'A' && chars[i] <= 'Z')
            return QByteArray(chars, length).toLower();
    }
    return QByteArray::fromRawData(chars, length);
}

// UTF-8 decoded straight onto the end of out, without a temporary string.
inline void appendUtf8(QString &out, std::string_view utf8)
{
    static thread_local QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const qsizetype size = out.size();
    out.resize(size + qsizetype(utf8.size())); // UTF-16 never needs more units than UTF-8 has bytes
    QChar *begin = out.data();
    QChar *end = decoder.appendToBuffer(begin + size, QByteArrayView(utf8.data(), qsizetype(utf8.size())));
    out.truncate(end - begin);
}

inline bool isWhitespaceOnly(const char *p, const char *end)
{
    for (; p < end; ++p) {
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r' && *p != '\f')
            return false;
    }
    return true;
}

inline QString presentValue(const char *utf8, qsizetype size)
{
    const QString text = QString::fromUtf8(utf8, size);
    return text.isNull() ? QStringLiteral("") : text; // present but empty is not absent
}

// The writer reads its input through a source: a libxml2 tree (feed content,
// callers with a tree) or the article extractor's node table. Both expose the
// same few questions, so the allow-list logic below exists once.
enum class NodeKind { Text, Element, Container, Other };

struct XmlSource {
    using Ref = const xmlNode *;
    std::function<bool(const _xmlNode *)> skip;

    static Ref none() { return nullptr; }
    static NodeKind kind(Ref node)
    {
        switch (node->type) {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            return NodeKind::Text;
        case XML_ELEMENT_NODE:
            return NodeKind::Element;
        case XML_DOCUMENT_NODE:
        case XML_HTML_DOCUMENT_NODE:
        case XML_DOCUMENT_FRAG_NODE:
            return NodeKind::Container;
        default: // comments, processing instructions, DTDs, entity declarations
            return NodeKind::Other;
        }
    }
    static bool isDocument(Ref node) { return node->type == XML_DOCUMENT_NODE || node->type == XML_HTML_DOCUMENT_NODE; }
    static Ref firstChild(Ref node) { return node->children; }
    static Ref next(Ref node) { return node->next; }
    static QString text(Ref node)
    {
        return node->content ? QString::fromUtf8(reinterpret_cast<const char *>(node->content)) : QString();
    }
    static bool hasText(Ref node) { return node->content != nullptr; }
    static void appendText(QString &out, Ref node) { appendEscaped(out, text(node), EscapeFor::Text); }
    // Only real text nodes count as text for the noscript test, not CDATA.
    static bool isVisibleText(Ref node)
    {
        if (node->type != XML_TEXT_NODE || !node->content)
            return false;
        const char *p = reinterpret_cast<const char *>(node->content);
        return !isWhitespaceOnly(p, p + qstrlen(p));
    }
    static const void *nameKey(Ref node) { return node->name; }
    static QByteArray name(Ref node) { return lowerName(node->name); }
    static bool isNamed(Ref node, const char *name) { return lowerName(node->name) == name; }
    static const xmlAttr *find(Ref node, const char *name)
    {
        for (const xmlAttr *attr = node->properties; attr; attr = attr->next) {
            if (attr->name && qstricmp(reinterpret_cast<const char *>(attr->name), name) == 0)
                return attr;
        }
        return nullptr;
    }
    static QString value(const xmlAttr *attr)
    {
        QByteArray value;
        for (const xmlNode *child = attr->children; child; child = child->next) {
            if (child->content)
                value += reinterpret_cast<const char *>(child->content);
        }
        return presentValue(value.constData(), value.size());
    }
    static bool hasAttribute(Ref node, const char *name) { return find(node, name) != nullptr; }
    // The value, null when absent and empty (not null) when present without one.
    static QString attribute(Ref node, const char *name)
    {
        const xmlAttr *attr = find(node, name);
        return attr ? value(attr) : QString();
    }
    template <class F> static void forEachAttribute(Ref node, F f)
    {
        for (const xmlAttr *attr = node->properties; attr; attr = attr->next)
            f(lowerName(attr->name), [attr] { return value(attr); });
    }
    bool skipped(Ref node) const { return skip && skip(node); }
};

struct TableSource {
    using Ref = int;
    const Html::Document &doc;
    std::function<bool(int)> skip;

    const Html::Node &at(Ref i) const { return doc.nodes[size_t(i)]; }
    static Ref none() { return -1; }
    NodeKind kind(Ref i) const { return at(i).tag == Html::Tag::Text ? NodeKind::Text : NodeKind::Element; }
    static bool isDocument(Ref) { return false; }
    Ref firstChild(Ref i) const { return i + 1 < at(i).end ? i + 1 : -1; }
    Ref next(Ref i) const
    {
        const int parent = at(i).parent;
        const int j = at(i).end;
        return parent >= 0 && j < at(parent).end ? j : -1;
    }
    QString text(Ref i) const
    {
        const std::string_view t = doc.textOf(at(i));
        return QString::fromUtf8(t.data(), qsizetype(t.size()));
    }
    static bool hasText(Ref) { return true; }
    void appendText(QString &out, Ref i) const
    {
        const std::string_view t = doc.textOf(at(i));
        if (needsEscaping(t))
            appendEscaped(out, QString::fromUtf8(t.data(), qsizetype(t.size())), EscapeFor::Text);
        else
            appendUtf8(out, t);
    }
    bool isVisibleText(Ref i) const
    {
        if (at(i).tag != Html::Tag::Text || doc.isCdata(at(i)))
            return false;
        const std::string_view t = doc.textOf(at(i));
        return !isWhitespaceOnly(t.data(), t.data() + t.size());
    }
    const void *nameKey(Ref i) const { return doc.name(at(i)); }
    QByteArray name(Ref i) const
    {
        const char *name = doc.name(at(i));
        return QByteArray::fromRawData(name, qsizetype(qstrlen(name)));
    }
    bool isNamed(Ref i, const char *name) const { return std::strcmp(doc.name(at(i)), name) == 0; }
    bool hasAttribute(Ref i, const char *name) const { return doc.rawAttribute(at(i), name) != nullptr; }
    QString attribute(Ref i, const char *name) const
    {
        const char *v = doc.rawAttribute(at(i), name);
        return v ? presentValue(v, qsizetype(qstrlen(v))) : QString();
    }
    template <class F> void forEachAttribute(Ref i, F f) const
    {
        const Html::Node &n = at(i);
        for (const auto *a = doc.attributesBegin(n), *e = doc.attributesEnd(n); a != e; ++a) {
            const char *name = doc.attributeName(*a);
            const char *v = doc.attributeValue(*a);
            f(QByteArray::fromRawData(name, qsizetype(qstrlen(name))),
                [v] { return presentValue(v, qsizetype(qstrlen(v))); });
        }
    }
    bool skipped(Ref i) const { return skip && skip(i); }
};

} // namespace Core::HtmlSanitizer::Detail
