#include "core/text/charsetguesser.h"

#include <unicode/ucsdet.h>

#include <climits>
#include <memory>

namespace ewb::core {

namespace {

    struct DetectorCloser
    {
        void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
    };

} // namespace

CharsetGuesser::Guess CharsetGuesser::guess(std::string_view sample)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return {};
    const auto length = static_cast<std::int32_t>(std::min<std::size_t>(sample.size(), INT_MAX));
    ucsdet_setText(detector.get(), sample.data(), length, &status);
    const UCharsetMatch *match = ucsdet_detect(detector.get(), &status);
    if (U_FAILURE(status) || match == nullptr)
        return {};
    Guess result;
    const char *name = ucsdet_getName(match, &status);
    result.confidence = ucsdet_getConfidence(match, &status);
    if (U_FAILURE(status) || name == nullptr)
        return {};
    result.name = name;
    return result;
}

std::string CharsetGuesser::conversionHint(std::string_view sample, int minConfidence)
{
    const Guess best = guess(sample);
    if (best.name.empty() || best.name == "UTF-8" || best.confidence < minConfidence)
        return {};
    return "it looks like " + best.name + "; convert it to UTF-8 first (iconv -f " + best.name
        + " -t UTF-8 in.txt > out.txt)";
}

} // namespace ewb::core
