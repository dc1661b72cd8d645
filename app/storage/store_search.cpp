#include "store_search.h"

#include "store_text.h"

namespace Core::StoreSearch {

namespace {

// FTS5 ignores what its tokenizer drops; a term without a letter or digit
// would only make an empty phrase.
bool hasToken(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

class Scanner final {
public:
    explicit Scanner(const QString &text)
        : m_text(text)
    {
    }

    bool atEnd()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        return m_pos >= m_text.size();
    }

    // "tag:" or "topic:" at the current position, consumed when present.
    bool takeTagPrefix()
    {
        for (const QLatin1String prefix : { QLatin1String("tag:"), QLatin1String("topic:") }) {
            if (QStringView(m_text).mid(m_pos).startsWith(prefix, Qt::CaseInsensitive)) {
                m_pos += prefix.size();
                return true;
            }
        }
        return false;
    }

    bool take(QChar c)
    {
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    // A quoted phrase (the opening quote already taken), up to the closing
    // quote or the end.
    QString quoted()
    {
        const qsizetype end = m_text.indexOf(QLatin1Char('"'), m_pos);
        const QString phrase = m_text.mid(m_pos, end < 0 ? -1 : end - m_pos);
        m_pos = end < 0 ? m_text.size() : end + 1;
        return phrase.simplified();
    }

    QString word()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !m_text.at(m_pos).isSpace())
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

private:
    const QString &m_text;
    qsizetype m_pos = 0;
};

void addTerm(QList<Term> &list, QString text)
{
    Term term;
    if (text.endsWith(QLatin1Char('*'))) {
        term.prefix = true;
        while (text.endsWith(QLatin1Char('*')))
            text.chop(1);
    }
    term.text = text;
    if (hasToken(term.text))
        list.append(term);
}

QString quote(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

Query parse(const QString &text)
{
    Query query;
    Scanner scanner(text);
    while (!scanner.atEnd()) {
        if (scanner.takeTagPrefix()) {
            const QString tag = scanner.take(QLatin1Char('"')) ? scanner.quoted() : scanner.word().simplified();
            if (hasToken(tag))
                query.tags.append(tag);
        } else if (scanner.take(QLatin1Char('-'))) {
            addTerm(query.excluded, scanner.take(QLatin1Char('"')) ? scanner.quoted() : scanner.word());
        } else if (scanner.take(QLatin1Char('"'))) {
            addTerm(query.terms, scanner.quoted());
        } else {
            addTerm(query.terms, scanner.word());
        }
    }
    return query;
}

QString ftsExpression(const QList<Term> &terms)
{
    QStringList parts;
    const auto phrase
        = [](const QString &text, bool prefix) { return prefix ? quote(text) + QStringLiteral(" *") : quote(text); };
    for (const Term &term : terms) {
        // Chinese or Japanese: the phrase of the term's characters, or the
        // term whole as stories indexed before characters stood apart hold it.
        const QString spaced = StoreText::indexText(term.text);
        parts.append(spaced == term.text
                ? phrase(term.text, term.prefix)
                : QStringLiteral("(%1 OR %2)").arg(phrase(spaced, term.prefix), phrase(term.text, term.prefix)));
    }
    // FTS5 joins a parenthesised group to its neighbours only by an explicit AND.
    return parts.join(QStringLiteral(" AND "));
}

} // namespace Core::StoreSearch
