#include "reading/reading_pane.h"

#include "reading/chip_bar.h"
#include "reading/image_loader.h"
#include "reading/reading_browser.h"
#include "widgets/error_text.h"
#include "widgets/open_link.h"
#include "widgets/relative_time.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTimer>
#include <QVBoxLayout>

namespace Ui {

namespace {

constexpr int MeasureChars = 70;
constexpr int MinSideMargin = 24;
constexpr int BaseReadingPointSize = 12;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(
        a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t, a.blueF() * (1 - t) + b.blueF() * t);
}

// The palette's link colour, unless it is the stock pure blue, which is loud in running text.
QColor linkColor(const QPalette &palette)
{
    const QColor link = palette.color(QPalette::Link);
    if (link != QColor(Qt::blue))
        return link;
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0x78, 0xae, 0xed) : QColor(0x1f, 0x5f, 0xa8);
}

bool isRtl(const Core::StoryDetail &story)
{
    return story.article && story.article->dir.compare(QLatin1String("rtl"), Qt::CaseInsensitive) == 0;
}

// The cleaned article when there is a readable one, else what the feed gave.
bool showsArticle(const Core::StoryDetail &story)
{
    return story.article && story.article->readerable && !story.article->html.trimmed().isEmpty();
}

bool isWebUrl(const QString &url)
{
    return url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

// An attribute value as written back, always in double quotes.
void appendAttributeValue(QString &out, QStringView value)
{
    for (const QChar c : value) {
        if (c == QLatin1Char('"'))
            out += QLatin1String("&quot;");
        else if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else
            out += c;
    }
}

bool isTagNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
}

bool isHtmlSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')
        || c == QLatin1Char('\f');
}

// Rewrites the story's HTML (the sanitiser's output) into what Qt's rich
// text lays out well, one whole tag at a time: attributes are parsed, quoted
// or not, so no rewrite can reach from one tag into the text or the tags
// after it. Qt knows no figure elements (they become blocks with our
// classes); explicit image sizes would overflow the column; inline styles,
// background attributes and anything else outside a short list could pull
// remote images past the image permission, and go. Blocked images leave no
// trace (not even a broken-image glyph): they are counted for the bar.
QString adaptForRichText(const QString &html, bool keepImages, int *imageCount)
{
    static const QSet<QString> keptAttributes
        = { QStringLiteral("href"), QStringLiteral("src"), QStringLiteral("alt"), QStringLiteral("title"),
              QStringLiteral("colspan"), QStringLiteral("rowspan"), QStringLiteral("dir"), QStringLiteral("lang"),
              QStringLiteral("start"), QStringLiteral("type"), QStringLiteral("value"), QStringLiteral("span"),
              QStringLiteral("scope"), QStringLiteral("reversed"), QStringLiteral("open"), QStringLiteral("class") };
    // The sanitiser drops these already; HTML stored by an older version may still carry them.
    static const QSet<QString> droppedTags
        = { QStringLiteral("link"), QStringLiteral("meta"), QStringLiteral("base"), QStringLiteral("input") };
    static const QSet<QString> droppedWithContent = { QStringLiteral("style"), QStringLiteral("script"),
        QStringLiteral("title"), QStringLiteral("head"), QStringLiteral("iframe"), QStringLiteral("object"),
        QStringLiteral("svg"), QStringLiteral("math"), QStringLiteral("textarea"), QStringLiteral("template") };
    *imageCount = 0;
    QString out;
    out.reserve(html.size());
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype lt = html.indexOf(QLatin1Char('<'), i);
        out += QStringView(html).mid(i, (lt < 0 ? n : lt) - i);
        if (lt < 0)
            break;
        i = lt + 1;
        if (html.mid(i, 3) == QLatin1String("!--")) { // a comment
            const qsizetype endComment = html.indexOf(QLatin1String("-->"), i + 3);
            i = endComment < 0 ? n : endComment + 3;
            continue;
        }
        const bool endTag = i < n && html.at(i) == QLatin1Char('/');
        if (endTag)
            ++i;
        if (i >= n || !html.at(i).isLetter() || html.at(i).unicode() > 0x7f) {
            if (!endTag && i < n && (html.at(i) == QLatin1Char('!') || html.at(i) == QLatin1Char('?'))) {
                const qsizetype gt = html.indexOf(QLatin1Char('>'), i); // a doctype or processing instruction
                i = gt < 0 ? n : gt + 1;
                continue;
            }
            out += endTag ? QLatin1String("&lt;/") : QLatin1String("&lt;");
            continue;
        }
        qsizetype nameEnd = i;
        while (nameEnd < n && isTagNameChar(html.at(nameEnd)))
            ++nameEnd;
        const QString name = html.mid(i, nameEnd - i).toLower();
        i = nameEnd;
        // The attributes, as HTML reads them.
        QList<QPair<QString, QString>> attributes;
        bool closed = false;
        while (i < n) {
            while (i < n && (isHtmlSpace(html.at(i)) || html.at(i) == QLatin1Char('/')))
                ++i;
            if (i >= n)
                break;
            if (html.at(i) == QLatin1Char('>')) {
                ++i;
                closed = true;
                break;
            }
            qsizetype attrEnd = i;
            while (attrEnd < n && !isHtmlSpace(html.at(attrEnd)) && html.at(attrEnd) != QLatin1Char('=')
                && html.at(attrEnd) != QLatin1Char('>') && html.at(attrEnd) != QLatin1Char('/'))
                ++attrEnd;
            if (attrEnd == i)
                attrEnd = i + 1; // a stray '=': its own (dropped) name
            const QString attrName = html.mid(i, attrEnd - i).toLower();
            i = attrEnd;
            qsizetype look = i;
            while (look < n && isHtmlSpace(html.at(look)))
                ++look;
            QString value;
            if (look < n && html.at(look) == QLatin1Char('=')) {
                i = look + 1;
                while (i < n && isHtmlSpace(html.at(i)))
                    ++i;
                if (i < n && (html.at(i) == QLatin1Char('"') || html.at(i) == QLatin1Char('\''))) {
                    const qsizetype close = html.indexOf(html.at(i), i + 1);
                    const qsizetype valueEnd = close < 0 ? n : close;
                    value = html.mid(i + 1, valueEnd - i - 1);
                    i = close < 0 ? n : close + 1;
                } else {
                    const qsizetype valueStart = i;
                    while (i < n && !isHtmlSpace(html.at(i)) && html.at(i) != QLatin1Char('>'))
                        ++i;
                    value = html.mid(valueStart, i - valueStart);
                }
            }
            attributes.append({ attrName, value });
        }
        if (!closed)
            break; // a tag cut off at the end: nothing of it is shown
        if (endTag) {
            if (name == QLatin1String("figure"))
                out += QLatin1String("</div>");
            else if (name == QLatin1String("figcaption"))
                out += QLatin1String("</p>");
            else if (!droppedTags.contains(name) && !droppedWithContent.contains(name) && name != QLatin1String("img"))
                out += QLatin1String("</") + name + QLatin1Char('>');
            continue;
        }
        if (droppedWithContent.contains(name)) {
            const QString closeTag = QLatin1String("</") + name;
            qsizetype close = html.indexOf(closeTag, i, Qt::CaseInsensitive);
            while (close >= 0 && close + closeTag.size() < n && isTagNameChar(html.at(close + closeTag.size())))
                close = html.indexOf(closeTag, close + 1, Qt::CaseInsensitive);
            const qsizetype gt = close < 0 ? -1 : html.indexOf(QLatin1Char('>'), close);
            i = gt < 0 ? n : gt + 1;
            continue;
        }
        if (droppedTags.contains(name))
            continue;
        QString tag = name;
        QString className;
        if (name == QLatin1String("figure")) {
            tag = QStringLiteral("div");
            className = QStringLiteral("figure");
        } else if (name == QLatin1String("figcaption")) {
            tag = QStringLiteral("p");
            className = QStringLiteral("caption");
        } else if (name == QLatin1String("img")) {
            ++*imageCount;
            if (!keepImages)
                continue;
        }
        out += QLatin1Char('<') + tag;
        for (const auto &[attrName, value] : std::as_const(attributes)) {
            if (!keptAttributes.contains(attrName))
                continue;
            if (attrName == QLatin1String("class")) {
                if (className.isEmpty() && value == QLatin1String("lead"))
                    className = value; // the lead image's paragraph (bodyHtml)
                continue; // no other class: only our style sheet's own
            }
            out += QLatin1Char(' ') + attrName + QLatin1String("=\"");
            appendAttributeValue(out, value);
            out += QLatin1Char('"');
        }
        if (!className.isEmpty())
            out += QLatin1String(" class=\"") + className + QLatin1Char('"');
        out += QLatin1Char('>');
    }
    return out;
}

} // namespace

ReadingPane::ReadingPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("readingPane"));
    setAccessibleName(tr("Reading pane"));
    buildUi();
    clear();
}

ReadingPane::~ReadingPane() = default;

void ReadingPane::buildUi()
{
    m_renderTimer = new QTimer(this);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(60);
    connect(m_renderTimer, &QTimer::timeout, this, &ReadingPane::render);

    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("readingPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);

    auto *page = new QWidget(this);
    page->setBackgroundRole(QPalette::Base);
    page->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_imagesBar = new QFrame(page);
    m_imagesBar->setObjectName(QStringLiteral("imagesBar"));
    m_imagesBar->setAutoFillBackground(true);
    m_imagesBar->setBackgroundRole(QPalette::AlternateBase);
    auto *barLayout = new QHBoxLayout(m_imagesBar);
    barLayout->setContentsMargins(12, 4, 12, 4);
    m_imagesLabel = new QLabel(m_imagesBar);
    m_loadImages = new QPushButton(tr("Load Images"), m_imagesBar);
    m_loadImages->setObjectName(QStringLiteral("loadImagesButton"));
    m_allowFeedImages = new QPushButton(tr("Always for This Feed"), m_imagesBar);
    m_allowFeedImages->setObjectName(QStringLiteral("allowFeedImagesButton"));
    m_allowFeedImages->setFlat(true);
    barLayout->addWidget(m_imagesLabel, 1);
    barLayout->addWidget(m_loadImages);
    barLayout->addWidget(m_allowFeedImages);
    layout->addWidget(m_imagesBar);
    connect(m_loadImages, &QPushButton::clicked, this, [this] {
        if (!m_story)
            return;
        Q_EMIT imagesAllowedForStory(m_story->row.id);
        setImagesAllowed(true);
    });
    connect(m_allowFeedImages, &QPushButton::clicked, this, [this] {
        if (!m_story)
            return;
        Q_EMIT imagesAllowedForFeed(m_story->row.subscriptionId);
        setImagesAllowed(true);
    });

    m_header = new QWidget(page);
    m_header->setObjectName(QStringLiteral("storyHeader"));
    auto *headerLayout = new QVBoxLayout(m_header);
    headerLayout->setSpacing(6);
    m_notice = new QLabel(m_header);
    m_notice->setObjectName(QStringLiteral("cleaningNote"));
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    m_notice->setTextFormat(Qt::RichText);
    connect(m_notice, &QLabel::linkActivated, this, [this] {
        if (!m_story)
            return;
        const Core::Error &reason = m_story->cleanError;
        QMessageBox::information(this, tr("Why the feed's text is shown"),
            reason.code == Core::ErrorCode::None ? tr("The page could not be turned into a readable article.")
                                                 : errorText(reason));
    });
    m_headline = new QLabel(m_header);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta = new QLabel(m_header);
    m_meta->setObjectName(QStringLiteral("storyMeta"));
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::RichText);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    connect(m_meta, &QLabel::linkActivated, this, [this] { Q_EMIT openOriginalRequested(); });
    m_chips = new ChipBar(m_header);
    connect(m_chips, &ChipBar::topicClicked, this, &ReadingPane::topicClicked);
    headerLayout->addWidget(m_notice);
    headerLayout->addWidget(m_headline);
    headerLayout->addWidget(m_meta);
    headerLayout->addWidget(m_chips);
    layout->addWidget(m_header);

    m_browser = new ReadingBrowser(page);
    m_browser->setObjectName(QStringLiteral("storyBody"));
    m_browser->setAccessibleName(tr("Story text"));
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ReadingPane::linkClicked);
    layout->addWidget(m_browser, 1);
    m_stack->addWidget(page);
}

void ReadingPane::setImageLoader(ImageLoader *loader)
{
    m_loader = loader;
    m_browser->setImageLoader(loader);
    connect(loader, &ImageLoader::loaded, this, [this] {
        if (m_story && m_browser->imagesAllowed())
            scheduleRender();
    });
}

void ReadingPane::showStory(const Core::StoryDetail &story, bool cleaning, bool imagesAllowed)
{
    const bool sameStory = m_story && m_story->row.id == story.row.id;
    const int scroll = m_browser->verticalScrollBar()->value();
    m_story = story;
    m_cleaning = cleaning && !story.article && story.cleanError.code == Core::ErrorCode::None;
    m_browser->setImagesAllowed(imagesAllowed);
    m_stack->setCurrentIndex(1);
    updateHeader();
    render();
    // An article replacing the feed text starts at the top; a re-render of the same text keeps the place.
    m_browser->verticalScrollBar()->setValue(sameStory ? scroll : 0);
}

void ReadingPane::clear(const QString &message)
{
    m_story.reset();
    m_cleaning = false;
    m_blockedImages = 0;
    m_browser->clear();
    m_chips->setTopics({});
    m_placeholder->setText(message.isEmpty() ? tr("Select a story to read it here.") : message);
    m_stack->setCurrentIndex(0);
}

void ReadingPane::setCleaning(bool cleaning)
{
    m_cleaning = cleaning && m_story && !m_story->article;
    updateNotice();
}

void ReadingPane::setImagesAllowed(bool allowed)
{
    if (allowed == m_browser->imagesAllowed())
        return;
    m_browser->setImagesAllowed(allowed);
    if (m_story)
        render();
}

bool ReadingPane::imagesAllowed() const
{
    return m_browser->imagesAllowed();
}

void ReadingPane::setHighlightTerms(const QStringList &terms)
{
    m_highlightTerms = terms;
    applyHighlights();
}

QString ReadingPane::bodyText() const
{
    return m_browser->toPlainText();
}

QString ReadingPane::noticeText() const
{
    return m_notice->isVisible() || !m_notice->isHidden() ? m_notice->text() : QString();
}

void ReadingPane::setFontDelta(int delta)
{
    delta = qBound(-6, delta, 16);
    if (delta == m_fontDelta)
        return;
    m_fontDelta = delta;
    if (m_story)
        render();
    Q_EMIT fontDeltaChanged(delta);
}

bool ReadingPane::pageDown()
{
    QScrollBar *bar = m_browser->verticalScrollBar();
    if (!m_story || bar->value() >= bar->maximum())
        return false;
    bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
    return true;
}

QFont ReadingPane::readingFont() const
{
    QFont font;
    QStringList families { QStringLiteral("Source Serif 4"), QStringLiteral("Charter"), QStringLiteral("Georgia"),
        QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("serif") };
    if (!m_fontFamily.isEmpty())
        families.prepend(m_fontFamily);
    font.setFamilies(families);
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(qMax(4, (m_fontSize > 0 ? m_fontSize : BaseReadingPointSize) + m_fontDelta));
    return font;
}

void ReadingPane::setReadingFont(const QString &family, int pointSize)
{
    if (family == m_fontFamily && pointSize == m_fontSize)
        return;
    m_fontFamily = family;
    m_fontSize = pointSize;
    if (m_story) {
        updateHeader();
        render();
    }
}

int ReadingPane::columnWidth() const
{
    const QFontMetricsF metrics(readingFont());
    // The mean advance of running text, not of the widest glyph.
    const qreal perChar
        = metrics.horizontalAdvance(QStringLiteral("the quick brown fox jumps over a lazy dog ")) / 41.0;
    return int(perChar * MeasureChars);
}

void ReadingPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyColumn();
}

void ReadingPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationFontChange) && m_story)
        scheduleRender();
}

void ReadingPane::scheduleRender()
{
    m_renderTimer->start();
}

void ReadingPane::updateHeader()
{
    const Core::StoryDetail &story = *m_story;
    const Core::Article *article = story.article ? &*story.article : nullptr;
    const bool rtl = isRtl(story);
    m_header->setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    // Leading edge: Qt mirrors AlignLeft in a right-to-left widget (an
    // AlignRight here would put an Arabic headline on the left).
    m_headline->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_meta->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    QString headline = story.row.title;
    if (showsArticle(story) && !article->title.trimmed().isEmpty())
        headline = article->title;
    m_headline->setText(headline.isEmpty() ? tr("(untitled)") : headline);
    QFont headlineFont = readingFont();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.55);
    headlineFont.setWeight(QFont::DemiBold);
    m_headline->setFont(headlineFont);

    // Each part of the meta line is isolated (U+2068 FIRST STRONG ISOLATE ..
    // U+2069 POP DIRECTIONAL ISOLATE): a Latin name or a date in an Arabic
    // line, or the reverse, stays whole and in its place; the line itself
    // runs in the article's direction.
    const auto isolate = [](const QString &part) -> QString { return QChar(0x2068) + part + QChar(0x2069); };
    QStringList parts;
    const QString site = article && !article->siteName.isEmpty() ? article->siteName : story.row.subscriptionTitle;
    if (!site.isEmpty())
        parts << isolate(site.toHtmlEscaped());
    const QString byline = article && !article->byline.isEmpty() ? article->byline : story.author;
    if (!byline.isEmpty() && byline != site)
        parts << isolate(byline.toHtmlEscaped());
    const QDateTime date = article && article->published.isValid() ? article->published : story.row.published;
    if (date.isValid())
        parts << isolate(longDateTime(date).toHtmlEscaped());
    int minutes = article ? article->readingMinutes : 0;
    if (minutes <= 0 && article && article->wordCount > 0)
        minutes = qMax(1, article->wordCount / 230);
    if (minutes > 0)
        parts << isolate(tr("%n min read", nullptr, minutes));
    if (!story.row.link.isEmpty())
        parts << isolate(QStringLiteral("<a href=\"original\">%1</a>").arg(tr("Open original")));
    m_meta->setText(
        QStringLiteral("<div dir=\"%1\">%2</div>")
            .arg(rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"), parts.join(QStringLiteral(" &nbsp;·&nbsp; "))));
    m_chips->setTopics(story.topics);
    updateNotice();
}

void ReadingPane::updateNotice()
{
    if (!m_story) {
        m_notice->hide();
        return;
    }
    QString text;
    // A failed re-cleaning keeps the earlier article: only when the pane falls
    // back to the feed's text is there anything to explain.
    const bool showsCleaned = m_story->article && showsArticle(*m_story);
    const bool hasError = m_story->cleanError.code != Core::ErrorCode::None;
    const bool failed = !showsCleaned && (hasError || m_story->article);
    if (m_cleaning)
        text = tr("Cleaning… showing the feed's text for now.");
    else if (failed)
        text = tr("Showing the feed's text. <a href=\"why\">Why?</a>");
    m_notice->setText(text);
    m_notice->setToolTip(failed && hasError ? errorText(m_story->cleanError) : QString());
    m_notice->setVisible(!text.isEmpty());
}

QString ReadingPane::styleSheet() const
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QColor link = linkColor(pal);
    const QColor muted = mix(text, base, 0.35);
    const QColor rule = mix(text, base, 0.85);
    const QColor codeBg = mix(text, base, 0.93);
    const int em = QFontMetrics(readingFont()).height();
    return QStringLiteral("body { color: %1; }"
                          "a { color: %2; text-decoration: none; }"
                          "p { margin-top: 0px; margin-bottom: %5px; }"
                          "li { margin-bottom: %6px; }"
                          "h1, h2, h3, h4, h5, h6 { margin-top: %5px; margin-bottom: %6px; font-weight: 600; }"
                          "h1 { font-size: x-large; } h2 { font-size: large; } h3, h4, h5, h6 { font-size: medium; }"
                          "blockquote { margin-left: %5px; margin-right: %5px; color: %3; font-style: italic; }"
                          "pre { background-color: %7; font-family: monospace; font-size: small; }"
                          "code { background-color: %7; font-family: monospace; }"
                          "p.caption { color: %3; font-size: small; margin-top: 4px; }"
                          "div.figure { margin-top: %6px; margin-bottom: %5px; }"
                          "p.lead { margin-bottom: %5px; }"
                          "hr { color: %4; }"
                          "table { border-color: %4; }")
        .arg(text.name(), link.name(), muted.name(), rule.name())
        .arg(int(em * 0.9))
        .arg(int(em * 0.45))
        .arg(codeBg.name());
}

QString ReadingPane::bodyHtml(int *imageCount) const
{
    const Core::StoryDetail &story = *m_story;
    QString body;
    if (showsArticle(story))
        body = story.article->html;
    else if (!story.contentHtml.trimmed().isEmpty())
        body = story.contentHtml;
    else
        body = story.summaryHtml;
    if (body.trimmed().isEmpty())
        body = QStringLiteral("<p><i>%1</i></p>").arg(tr("This story has no text. Open the original to read it."));

    // The lead image goes on top unless the body already shows it. It is a
    // web picture (the extractor checks; older stored articles may not be).
    if (showsArticle(story) && isWebUrl(story.article->leadImageUrl) && !body.contains(story.article->leadImageUrl))
        body.prepend(
            QStringLiteral("<p class=\"lead\"><img src=\"%1\" alt=\"%2\"></p>")
                .arg(story.article->leadImageUrl.toHtmlEscaped(), story.article->leadImageAlt.toHtmlEscaped()));

    body = adaptForRichText(body, m_browser->imagesAllowed(), imageCount);
    const QString dir = isRtl(story) ? QStringLiteral("rtl") : QStringLiteral("ltr");
    return QStringLiteral("<html><body dir=\"%1\">%2</body></html>").arg(dir, body);
}

void ReadingPane::render()
{
    m_renderTimer->stop();
    if (!m_story)
        return;
    QPalette metaPalette = m_meta->palette();
    metaPalette.setColor(QPalette::Link, linkColor(palette()));
    m_meta->setPalette(metaPalette);
    const int scroll = m_browser->verticalScrollBar()->value();
    QTextDocument *doc = m_browser->document();
    doc->setDefaultFont(readingFont());
    doc->setDefaultStyleSheet(styleSheet());
    doc->setBaseUrl(
        QUrl(m_story->article && !m_story->article->url.isEmpty() ? m_story->article->url : m_story->row.link));
    const bool rtl = isRtl(*m_story);
    QTextOption option = doc->defaultTextOption();
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    doc->setDefaultTextOption(option);
    m_browser->setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);

    int images = 0;
    const QString html = bodyHtml(&images);
    m_browser->setHtml(html);

    // Leading of about 150 % on every block, and the text direction.
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        QTextCursor blockCursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
        format.setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        blockCursor.setBlockFormat(format);
    }
    cursor.endEditBlock();

    m_blockedImages = m_browser->imagesAllowed() ? 0 : images;
    m_imagesLabel->setText(m_blockedImages == 1
            ? tr("1 remote image is blocked to protect your privacy.")
            : tr("%1 remote images are blocked to protect your privacy.").arg(m_blockedImages));
    m_imagesBar->setVisible(m_blockedImages > 0);
    applyColumn();
    applyHighlights();
    m_browser->verticalScrollBar()->setValue(scroll);
}

void ReadingPane::applyColumn()
{
    const int viewport = m_browser->viewport()->width();
    const int column = columnWidth();
    const int side = qMax(MinSideMargin, (viewport - column) / 2);
    m_browser->setMaxImageWidth(viewport - 2 * side);
    QTextFrame *root = m_browser->document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (int(format.leftMargin()) != side || int(format.rightMargin()) != side) {
        format.setLeftMargin(side);
        format.setRightMargin(side);
        format.setTopMargin(12);
        format.setBottomMargin(48);
        root->setFrameFormat(format);
    }
    // The header lines up with the text column.
    const int frame = m_browser->document()->documentMargin();
    m_header->layout()->setContentsMargins(side + int(frame), 16, side + int(frame), 8);
}

void ReadingPane::applyHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    QColor mark(0xff, 0xd5, 0x4f);
    if (palette().color(QPalette::Base).lightness() < 128)
        mark = QColor(0x8a, 0x6d, 0x00);
    for (const QString &term : std::as_const(m_highlightTerms)) {
        if (term.trimmed().isEmpty())
            continue;
        QTextCursor found(m_browser->document());
        while (true) {
            found = m_browser->document()->find(term, found);
            if (found.isNull())
                break;
            QTextEdit::ExtraSelection selection;
            selection.cursor = found;
            selection.format.setBackground(mark);
            selections.append(selection);
            if (selections.size() > 2000)
                break;
        }
    }
    m_browser->setExtraSelections(selections);
}

void ReadingPane::linkClicked(const QUrl &url)
{
    if (url.scheme().isEmpty() && url.hasFragment()) {
        m_browser->scrollToAnchor(url.fragment());
        return;
    }
    const QUrl absolute = url.isRelative() ? m_browser->document()->baseUrl().resolved(url) : url;
    const QString scheme = absolute.scheme();
    if (scheme == QLatin1String("tidings"))
        Q_EMIT appLinkClicked(absolute);
    else if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"))
        openLink(absolute, m_browserCommand);
}

} // namespace Ui
