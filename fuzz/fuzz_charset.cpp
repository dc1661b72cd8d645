// Bytes of a page or feed through charset detection and decoding, with a
// fuzzed declared (HTTP) charset (see fuzz_input.h): the HTML and XML
// decision chains, the statistical detector and decoding with the label.
#include "base/charset.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fuzz::Input in = Fuzz::split(data, size, "https://example.org/");
    using namespace Core::Charset;
    const Decoded html = decodeHtml(in.body, in.charset);
    const Decoded xml = decodeXml(in.body, in.charset);
    Q_UNUSED(detect(in.body));
    Q_UNUSED(isValidUtf8(in.body));
    const QString label = normalizeLabel(in.charset);
    if (!label.isEmpty())
        Q_UNUSED(decode(in.body, label));
    Q_UNUSED(html);
    Q_UNUSED(xml);
    return 0;
}
