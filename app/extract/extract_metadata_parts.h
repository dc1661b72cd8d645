#pragma once

// The parts readMetadata() is made of, shared by its files:
// extract_metadata.cpp (facts, title, precedence), extract_jsonld.cpp
// (schema.org objects) and extract_page_meta.cpp (the visible byline, date
// and tags).

#include "base/types.h"
#include "page.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Core::Extract::Meta {

// Entities decoded and whitespace folded.
QString clean(const QString &s);

// ---- JSON-LD (extract_jsonld.cpp) ----

bool isArticleType(const QString &t);
QStringList typesOf(const QJsonObject &o);
QStringList namesOf(const QJsonValue &v, int depth = 0);
QList<QJsonObject> parseJsonLd(const QList<QByteArray> &blocks);
QString stripHtmlTags(const QString &s);
QString instructionsBody(const QJsonObject &o);

// ---- The visible page (extract_page_meta.cpp) ----

QString normalizeByline(QString s);
bool isUrlish(const QString &s);
QString domByline(const Page &page);
QDateTime domDate(const Page &page);
QStringList splitTags(const QString &s);
void addTags(QList<RawTag> *raw, TagSource source, const QStringList &values);

} // namespace Core::Extract::Meta
