#include "core/model/textcase.h"

#include <unicode/ucasemap.h>
#include <unicode/uchar.h>

#include <climits>
#include <memory>

namespace ewb::core {

namespace {

    struct CaseMapCloser
    {
        void operator()(UCaseMap *map) const { ucasemap_close(map); }
    };

    using CaseMapFunction
        = int32_t (*)(const UCaseMap *, char *, int32_t, const char *, int32_t, UErrorCode *);

    std::string mapCase(std::string_view utf8, CaseMapFunction function)
    {
        bool ascii = true;
        for (const char c : utf8)
            ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        if (utf8.empty() || utf8.size() > INT32_MAX / 4)
            return std::string(utf8);

        // One case map per thread: ICU case maps are not safe for concurrent use, and opening one
        // per call would dominate the cost of mapping a short word.
        thread_local std::unique_ptr<UCaseMap, CaseMapCloser> map = [] {
            UErrorCode status = U_ZERO_ERROR;
            return std::unique_ptr<UCaseMap, CaseMapCloser>(
                ucasemap_open("", U_FOLD_CASE_DEFAULT, &status));
        }();
        if (!map)
            return std::string(utf8);

        // Full case mapping can grow text (one "ß" becomes "SS"), three times is ICU's documented
        // worst case for a single code point; retry once with the exact size ICU asks for.
        std::string out(ascii ? utf8.size() : utf8.size() * 3, '\0');
        UErrorCode status = U_ZERO_ERROR;
        int32_t length = function(map.get(), out.data(), static_cast<int32_t>(out.size()),
                                  utf8.data(), static_cast<int32_t>(utf8.size()), &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            out.assign(static_cast<std::size_t>(length), '\0');
            status = U_ZERO_ERROR;
            length = function(map.get(), out.data(), length, utf8.data(),
                              static_cast<int32_t>(utf8.size()), &status);
        }
        if (U_FAILURE(status))
            return std::string(utf8);
        out.resize(static_cast<std::size_t>(length));
        return out;
    }

} // namespace

std::string foldCase(std::string_view utf8)
{
    return mapCase(utf8, ucasemap_utf8FoldCase);
}

std::string upperCase(std::string_view utf8)
{
    return mapCase(utf8, ucasemap_utf8ToUpper);
}

char32_t foldCodePoint(char32_t codePoint)
{
    return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(codePoint), U_FOLD_CASE_DEFAULT));
}

} // namespace ewb::core
