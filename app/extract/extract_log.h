#pragma once

// The extractor's tracing, off by default and one flag test when off:
//   QT_LOGGING_RULES="tidings.extract.debug=true" prints the candidates, the
//   conditional-cleaning removals and every block decision (the switch used
//   to tune the rules against the corpora);
//   QT_LOGGING_RULES="tidings.extract.trace.debug=true" prints, for each text
//   node holding the text given to ArticleExtractor::setTraceText(), its
//   ancestors with their flags: which rule took it, or which container missed it.

#include <QByteArray>
#include <QLoggingCategory>

namespace Core::Extract {

Q_DECLARE_LOGGING_CATEGORY(lcExtract)
Q_DECLARE_LOGGING_CATEGORY(lcExtractTrace)

// The text setTraceText() asked for, or empty.
QByteArray traceText();

} // namespace Core::Extract
