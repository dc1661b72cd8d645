#include "feeds/opml.h"

#include "html/markup_limits.h"

#include <QLocale>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <map>
#include <memory>
#include <vector>

namespace Core::Opml {

namespace {

// Hostile or broken files end in a clear error, not in hours of work or
// gigabytes: every folder keeps its whole path, so depth costs memory twice.
constexpr int MaxDepth = 64;
constexpr int MaxOutlines = 50000;

// Exporters disagree on case (xmlUrl, xmlurl, XMLURL).
QString attribute(const QXmlStreamAttributes &attributes, QLatin1String name)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name().compare(name, Qt::CaseInsensitive) == 0)
            return attribute.value().toString().trimmed();
    }
    return {};
}

QString normalizeFeedUrl(QString url)
{
    // feed://host/path and feed:https://host/path are old browser hand-offs.
    if (url.startsWith(QLatin1String("feed:https://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("feed:http://"), Qt::CaseInsensitive))
        return url.mid(5);
    if (url.startsWith(QLatin1String("feed://"), Qt::CaseInsensitive))
        return QStringLiteral("http://") + url.mid(7);
    return url;
}

Error parseError(const QXmlStreamReader &reader, const QString &message)
{
    return Error { ErrorCode::ParseError,
        QStringLiteral("line %1, column %2: %3").arg(reader.lineNumber()).arg(reader.columnNumber()).arg(message), {} };
}

class Parser final {
public:
    explicit Parser(const QByteArray &bytes)
        : m_reader(Html::capAttributes(bytes, Html::Markup::Xml))
    {
    }

    Result<Document> run()
    {
        if (!m_reader.readNextStartElement())
            return parseError(
                m_reader, m_reader.hasError() ? m_reader.errorString() : QStringLiteral("empty document"));
        if (m_reader.name().compare(QLatin1String("opml"), Qt::CaseInsensitive) != 0)
            return parseError(m_reader,
                QStringLiteral("not an OPML document (the root element is <%1>)").arg(m_reader.name().toString()));
        while (!m_reader.atEnd()) {
            const QXmlStreamReader::TokenType token = m_reader.readNext();
            if (token == QXmlStreamReader::StartElement) {
                startElement();
                if (int(m_stack.size()) > MaxDepth)
                    return parseError(m_reader, QStringLiteral("outlines nested more than %1 deep").arg(MaxDepth));
                if (m_outlines > MaxOutlines)
                    return parseError(m_reader, QStringLiteral("more than %1 outlines").arg(MaxOutlines));
            } else if (token == QXmlStreamReader::EndElement && m_reader.name() == QLatin1String("outline")
                && !m_stack.empty())
                endFrame();
        }
        if (m_reader.hasError())
            return parseError(m_reader, m_reader.errorString());
        return m_document;
    }

private:
    struct Frame {
        bool isFolder = false;
    };

    void startElement()
    {
        if (m_reader.name() == QLatin1String("title") && m_stack.empty()) {
            m_document.title = m_reader.readElementText(QXmlStreamReader::SkipChildElements).simplified();
            return;
        }
        if (m_reader.name() != QLatin1String("outline"))
            return;
        ++m_outlines;
        const QXmlStreamAttributes attributes = m_reader.attributes();
        QString title = attribute(attributes, QLatin1String("title")).simplified();
        if (title.isEmpty())
            title = attribute(attributes, QLatin1String("text")).simplified();
        const QString xmlUrl = normalizeFeedUrl(attribute(attributes, QLatin1String("xmlUrl")));
        const QString type = attribute(attributes, QLatin1String("type")).toLower();
        Frame frame;
        if (!xmlUrl.isEmpty())
            addFeed(title, xmlUrl, attribute(attributes, QLatin1String("htmlUrl")));
        else if (type == QLatin1String("rss") || type == QLatin1String("atom") || type == QLatin1String("link"))
            warn(QStringLiteral("an outline of type %1 without a feed URL was skipped").arg(type));
        else if (!title.isEmpty())
            frame.isFolder = enterFolder(title);
        m_stack.push_back(frame);
    }

    void endFrame()
    {
        if (m_stack.back().isFolder)
            m_path.removeLast();
        m_stack.pop_back();
    }

    void addFeed(const QString &title, const QString &xmlUrl, const QString &htmlUrl)
    {
        const QUrl url(xmlUrl);
        if (!url.isValid() || url.scheme().isEmpty()) {
            warn(QStringLiteral("the feed URL \"%1\" is not an absolute URL").arg(xmlUrl));
            return;
        }
        // Exporters put the URL in text when a feed has no title.
        m_document.feeds.append(Outline { title == xmlUrl ? QString() : title, xmlUrl, htmlUrl, m_path });
    }

    bool enterFolder(const QString &name)
    {
        m_path.append(name);
        if (!m_folderSet.contains(m_path)) {
            m_folderSet.insert(m_path);
            m_document.folders.append(m_path);
        }
        return true;
    }

    void warn(const QString &message)
    {
        m_document.warnings.append(QStringLiteral("line %1: %2").arg(m_reader.lineNumber()).arg(message));
    }

    QXmlStreamReader m_reader;
    Document m_document;
    std::vector<Frame> m_stack;
    QStringList m_path;
    QSet<QStringList> m_folderSet; // m_document.folders, for lookups
    int m_outlines = 0;
};

// Builds the folder tree for writing.
struct Node {
    QString name;
    std::vector<std::unique_ptr<Node>> folders;
    QList<Outline> feeds;

    Node *child(const QString &childName)
    {
        for (const auto &folder : folders) {
            if (folder->name == childName)
                return folder.get();
        }
        folders.push_back(std::make_unique<Node>());
        folders.back()->name = childName;
        return folders.back().get();
    }

    Node *at(const QStringList &path)
    {
        Node *node = this;
        for (const QString &part : path)
            node = node->child(part);
        return node;
    }
};

void writeNode(QXmlStreamWriter &writer, const Node &node)
{
    for (const auto &folder : node.folders) {
        writer.writeStartElement(QStringLiteral("outline"));
        writer.writeAttribute(QStringLiteral("text"), folder->name);
        writer.writeAttribute(QStringLiteral("title"), folder->name);
        writeNode(writer, *folder);
        writer.writeEndElement();
    }
    for (const Outline &feed : node.feeds) {
        writer.writeStartElement(QStringLiteral("outline"));
        writer.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
        writer.writeAttribute(QStringLiteral("text"), feed.title.isEmpty() ? feed.xmlUrl : feed.title);
        if (!feed.title.isEmpty())
            writer.writeAttribute(QStringLiteral("title"), feed.title);
        writer.writeAttribute(QStringLiteral("xmlUrl"), feed.xmlUrl);
        if (!feed.htmlUrl.isEmpty())
            writer.writeAttribute(QStringLiteral("htmlUrl"), feed.htmlUrl);
        writer.writeEndElement();
    }
}

} // namespace

Result<Document> parse(const QByteArray &bytes)
{
    Parser parser(bytes);
    return parser.run();
}

QByteArray write(const Document &document)
{
    Node root;
    for (const QStringList &folder : document.folders)
        root.at(folder);
    for (const Outline &feed : document.feeds)
        root.at(feed.folderPath)->feeds.append(feed);

    QByteArray bytes;
    QXmlStreamWriter writer(&bytes);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("opml"));
    writer.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    writer.writeStartElement(QStringLiteral("head"));
    writer.writeTextElement(QStringLiteral("title"), document.title);
    if (document.dateCreated.isValid())
        writer.writeTextElement(QStringLiteral("dateCreated"),
            QLocale::c().toString(document.dateCreated.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")));
    writer.writeEndElement();
    writer.writeStartElement(QStringLiteral("body"));
    writeNode(writer, root);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return bytes;
}

} // namespace Core::Opml
