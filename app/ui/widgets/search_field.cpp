#include "widgets/search_field.h"

#include "storage/store.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QStringListModel>

namespace Ui {

SearchField::SearchField(Core::Store *store, QWidget *parent)
    : QLineEdit(parent)
    , m_store(store)
    , m_completer(new QCompleter(this))
    , m_topics(new QStringListModel(this))
{
    setObjectName(QStringLiteral("searchField"));
    setAccessibleName(tr("Search stories"));
    setPlaceholderText(tr("Search  (words, tag:\"Topic\")"));
    setClearButtonEnabled(true);
    setMinimumWidth(220);
    setMaximumWidth(420);
    m_completer->setModel(m_topics);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("topicCompletions"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &SearchField::insertTopic);
    connect(this, &QLineEdit::textEdited, this, &SearchField::updateCompletions);
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (m_completer->popup()->isVisible())
            return;
        if (text().trimmed().isEmpty())
            Q_EMIT searchCleared();
        else
            Q_EMIT searchRequested(text().trimmed());
    });
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            Q_EMIT searchCleared();
    });
}

SearchField::~SearchField() = default;

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer handles these
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

bool SearchField::tagTermAtCursor(int *start, QString *prefix) const
{
    const QString before = text().left(cursorPosition());
    static const QRegularExpression term(
        QStringLiteral("(?:^|\\s)((?:tag|topic):(\"?)([^\"]*))$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = term.match(before);
    if (!match.hasMatch())
        return false;
    // An unquoted term ends at a space.
    if (match.captured(2).isEmpty() && match.captured(3).contains(QLatin1Char(' ')))
        return false;
    *start = int(match.capturedStart(1));
    *prefix = match.captured(3);
    return true;
}

void SearchField::updateCompletions()
{
    int start = 0;
    QString prefix;
    if (!m_store || !tagTermAtCursor(&start, &prefix)) {
        m_completer->popup()->hide();
        return;
    }
    QStringList names;
    const QList<Core::TopicCount> topics = m_store->topicsLike(prefix, 12);
    for (const Core::TopicCount &topic : topics)
        names.append(topic.name);
    m_topics->setStringList(names);
    if (names.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
}

void SearchField::insertTopic(const QString &topic)
{
    int start = 0;
    QString prefix;
    if (!tagTermAtCursor(&start, &prefix))
        return;
    const QString before = text().left(start);
    QString after = text().mid(cursorPosition());
    // Drop the rest of a quoted term the cursor was in.
    if (after.startsWith(QLatin1Char('"')))
        after.remove(0, 1);
    const QString term = QStringLiteral("tag:\"%1\" ").arg(topic);
    setText(before + term + after.trimmed());
    setCursorPosition(int(before.size() + term.size()));
    // Picking a topic is asking for it: the search runs at once (the field
    // keeps its trailing space, ready for another word).
    Q_EMIT searchRequested(text());
}

QStringList SearchField::highlightTerms(const QString &query)
{
    QStringList terms;
    static const QRegularExpression token(QStringLiteral("(?:(?:tag|topic):)?\"([^\"]+)\"|(?:(?:tag|topic):)?(\\S+)"),
        QRegularExpression::CaseInsensitiveOption);
    auto it = token.globalMatch(query);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString term = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        term = term.trimmed();
        // Operators of the query language are not words to mark.
        if (term.isEmpty() || term == QLatin1String("OR") || term == QLatin1String("AND")
            || term == QLatin1String("NOT"))
            continue;
        if (term.startsWith(QLatin1Char('-')))
            continue;
        term.remove(QLatin1Char('*'));
        if (term.size() >= 2)
            terms.append(term);
    }
    return terms;
}

} // namespace Ui
