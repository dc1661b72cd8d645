// OPML import (the bytes of a file the user picks), then, for a list that
// imports, export and import again: what Tidings writes it must read back,
// with the same feeds and folders.
#include "feeds/opml.h"

#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Core::Result<Core::Opml::Document> parsed = Core::Opml::parse(bytes);
    if (!parsed)
        return 0;
    const QByteArray written = Core::Opml::write(parsed.value());
    const Core::Result<Core::Opml::Document> again = Core::Opml::parse(written);
    if (!again || again.value().feeds.size() != parsed.value().feeds.size()) {
        std::fprintf(stderr, "OPML written by Tidings does not read back:\n%s\n", written.constData());
        std::abort();
    }
    return 0;
}
