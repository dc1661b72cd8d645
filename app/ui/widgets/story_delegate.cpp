#include "widgets/story_delegate.h"

#include "models/story_list_model.h"
#include "widgets/relative_time.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QTextOption>

namespace Ui {

namespace {

// A line keeps the direction of its own words, on the list's leading side:
// an English headline in an Arabic window reads left to right, its quotes
// and its ellipsis where English puts them, and an Arabic one in an English
// window reads right to left.
void drawLine(QPainter *painter, const QRect &rect, Qt::LayoutDirection listDirection, const QString &text)
{
    QTextOption option(QStyle::visualAlignment(listDirection, Qt::AlignLeading | Qt::AlignVCenter));
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::NoWrap);
    painter->drawText(QRectF(rect), text, option);
}

constexpr int HPad = 10;
constexpr int VPad = 7;
constexpr int DotColumn = 14;
constexpr int LineGap = 2;

QFont smallerFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(
        a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t, a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

StoryDelegate::StoryDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

StoryDelegate::~StoryDelegate() = default;

QSize StoryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics title(option.font);
    const QFontMetrics small(smallerFont(option.font));
    return { 200, VPad * 2 + title.height() + small.height() * 2 + LineGap * 2 };
}

void StoryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor base = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    const QColor muted = blend(text, base, 0.4);
    const QColor accent = selected ? text : opt.palette.color(QPalette::Active, QPalette::Highlight);

    const bool read = index.data(StoryListModel::ReadRole).toBool();
    const bool starred = index.data(StoryListModel::StarredRole).toBool();
    const bool rtl = opt.direction == Qt::RightToLeft;
    QRect area = opt.rect.adjusted(HPad, VPad, -HPad, -VPad);
    const QRect dotArea = rtl ? QRect(area.right() - DotColumn + 1, area.top(), DotColumn, area.height())
                              : QRect(area.left(), area.top(), DotColumn, area.height());
    if (rtl)
        area.setRight(area.right() - DotColumn);
    else
        area.setLeft(area.left() + DotColumn);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    QFont titleFont = opt.font;
    titleFont.setBold(!read);
    const QFontMetrics titleMetrics(titleFont);
    const QFont small = smallerFont(opt.font);
    const QFontMetrics smallMetrics(small);

    if (!read) {
        const int d = 8;
        const QRect dot(dotArea.left() + (DotColumn - d) / 2 - 2, area.top() + (titleMetrics.height() - d) / 2, d, d);
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawEllipse(dot);
    }

    // Line 1: title, with a star at the end when starred.
    QRect titleRect(area.left(), area.top(), area.width(), titleMetrics.height());
    if (starred) {
        const QString star = QStringLiteral("★");
        const int w = titleMetrics.horizontalAdvance(star) + 4;
        painter->setFont(titleFont);
        painter->setPen(selected ? text : QColor(0xe0, 0xa0, 0x00));
        const QRect starRect = rtl ? QRect(titleRect.left(), titleRect.top(), w, titleRect.height())
                                   : QRect(titleRect.right() - w + 1, titleRect.top(), w, titleRect.height());
        painter->drawText(starRect, Qt::AlignVCenter | Qt::AlignRight, star);
        if (rtl)
            titleRect.setLeft(titleRect.left() + w);
        else
            titleRect.setRight(titleRect.right() - w);
    }
    painter->setFont(titleFont);
    painter->setPen(read ? blend(text, base, 0.15) : text);
    const QString title = index.data(Qt::DisplayRole).toString();
    drawLine(painter, titleRect, opt.direction, titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));

    // Line 2: feed, and the time at the trailing edge.
    const int y2 = titleRect.bottom() + 1 + LineGap;
    const QRect metaRect(area.left(), y2, area.width(), smallMetrics.height());
    painter->setFont(small);
    painter->setPen(muted);
    const QString when = relativeTime(index.data(StoryListModel::PublishedRole).toDateTime());
    const int whenWidth = smallMetrics.horizontalAdvance(when) + 8;
    painter->drawText(metaRect, Qt::AlignVCenter | Qt::AlignTrailing, when);
    QRect feedRect = metaRect;
    if (rtl)
        feedRect.setLeft(feedRect.left() + whenWidth);
    else
        feedRect.setRight(feedRect.right() - whenWidth);
    const QIcon icon = m_iconLookup ? m_iconLookup(index) : QIcon();
    if (!icon.isNull()) {
        const int side = smallMetrics.height() - 2;
        const QRect iconRect = rtl ? QRect(feedRect.right() - side + 1, feedRect.top() + 1, side, side)
                                   : QRect(feedRect.left(), feedRect.top() + 1, side, side);
        icon.paint(painter, iconRect);
        if (rtl)
            feedRect.setRight(feedRect.right() - side - 4);
        else
            feedRect.setLeft(feedRect.left() + side + 4);
    }
    drawLine(painter, feedRect, opt.direction,
        smallMetrics.elidedText(index.data(StoryListModel::FeedRole).toString(), Qt::ElideRight, feedRect.width()));

    // Line 3: excerpt.
    const QRect excerptRect(area.left(), metaRect.bottom() + 1 + LineGap, area.width(), smallMetrics.height());
    painter->setPen(blend(text, base, 0.25));
    QString excerpt = index.data(StoryListModel::ExcerptRole).toString();
    excerpt.replace(QLatin1Char('\n'), QLatin1Char(' '));
    drawLine(
        painter, excerptRect, opt.direction, smallMetrics.elidedText(excerpt, Qt::ElideRight, excerptRect.width()));

    // A hairline between rows.
    if (!selected) {
        painter->setPen(blend(base, text, 0.08));
        painter->drawLine(opt.rect.left() + HPad, opt.rect.bottom(), opt.rect.right() - HPad, opt.rect.bottom());
    }
    painter->restore();
    // The keyboard's place shows even on an unselected row.
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect.adjusted(1, 1, -1, -1);
        focus.backgroundColor = base;
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

} // namespace Ui
