#include "core/text/inputsniffer.h"

#include "core/text/charsetguesser.h"
#include "core/text/utf8.h"

#include <array>

namespace ewb::core {

namespace {

    struct Magic
    {
        std::string_view bytes;
        std::string_view type;
    };

    using namespace std::string_view_literals;

    // Signatures from each format's specification; a text file cannot start with any of them
    // except by a very unlikely accident ("%PDF-", "BZh91AY&SY").
    constexpr std::array magics = {
        Magic { "\x89PNG\r\n\x1a\n"sv, "a PNG image"sv },
        Magic { "\xff\xd8\xff"sv, "a JPEG image"sv },
        Magic { "GIF87a"sv, "a GIF image"sv },
        Magic { "GIF89a"sv, "a GIF image"sv },
        Magic { "%PDF-"sv, "a PDF document"sv },
        Magic { "PK\x03\x04"sv, "a ZIP archive (or a docx/xlsx/jar/epub)"sv },
        Magic { "PK\x05\x06"sv, "an empty ZIP archive"sv },
        Magic { "\x1f\x8b"sv, "a gzip-compressed file; decompress it first (gunzip)"sv },
        Magic { "\xfd"
                "7zXZ\0"sv,
                "an xz-compressed file; decompress it first (unxz)"sv },
        Magic { "\x28\xb5\x2f\xfd"sv, "a zstd-compressed file; decompress it first (unzstd)"sv },
        Magic { "7z\xbc\xaf\x27\x1c"sv, "a 7z archive"sv },
        Magic { "\x7f"
                "ELF"sv,
                "an ELF executable or library"sv },
        Magic { "SQLite format 3\0"sv, "an SQLite database"sv },
    };

    std::string_view magicType(std::string_view head)
    {
        for (const Magic &magic : magics) {
            if (head.starts_with(magic.bytes))
                return magic.type;
        }
        // bzip2: "BZh", a block size digit, then the block magic 0x314159265359.
        if (head.size() >= 10 && head.starts_with("BZh") && head[3] >= '1' && head[3] <= '9'
            && head.substr(4, 6) == "1AY&SY")
            return "a bzip2-compressed file; decompress it first (bunzip2)";
        return {};
    }

    std::string_view unicodeByBom(std::string_view head)
    {
        if (head.starts_with("\xff\xfe\0\0"sv))
            return "UTF-32LE";
        if (head.starts_with("\0\0\xfe\xff"sv))
            return "UTF-32BE";
        if (head.starts_with("\xff\xfe"sv))
            return "UTF-16LE";
        if (head.starts_with("\xfe\xff"sv))
            return "UTF-16BE";
        return {};
    }

    // Text in UTF-16 or UTF-32 without a BOM still shows NUL bytes at fixed positions (ASCII and
    // most of the BMP have zero high bytes); UTF-8 text almost never holds NULs.
    std::string_view unicodeByNulPattern(std::string_view head)
    {
        const std::size_t n = head.size() - head.size() % 4;
        if (n < 16)
            return {};
        std::array<std::size_t, 4> zeros {};
        for (std::size_t i = 0; i < n; ++i) {
            if (head[i] == '\0')
                ++zeros[i % 4];
        }
        const double quarter = static_cast<double>(n / 4);
        auto share = [&](std::size_t k) { return static_cast<double>(zeros[k]) / quarter; };
        if (share(2) > 0.9 && share(3) > 0.9 && share(0) < 0.5)
            return "UTF-32LE";
        if (share(0) > 0.9 && share(1) > 0.9 && share(3) < 0.5)
            return "UTF-32BE";
        if ((share(1) + share(3)) / 2 > 0.4 && (share(0) + share(2)) / 2 < 0.05)
            return "UTF-16LE";
        if ((share(0) + share(2)) / 2 > 0.4 && (share(1) + share(3)) / 2 < 0.05)
            return "UTF-16BE";
        return {};
    }

    struct ByteCensus
    {
        std::size_t controls = 0;
        std::size_t invalidSequences = 0;
    };

    ByteCensus census(std::string_view head)
    {
        ByteCensus result;
        const auto *bytes = reinterpret_cast<const unsigned char *>(head.data());
        std::size_t i = 0;
        while (i < head.size()) {
            const utf8::Decoded d = utf8::decode(bytes + i, head.size() - i);
            // A sequence cut by the end of the head is not evidence of anything.
            if (d.status == utf8::DecodeStatus::Incomplete)
                break;
            if (d.status == utf8::DecodeStatus::Invalid)
                ++result.invalidSequences;
            else if (d.codePoint != 0x1B && utf8::isControl(d.codePoint))
                ++result.controls;
            i += d.length;
        }
        return result;
    }

    std::string unicodeMessage(const std::string &name, std::string_view encoding,
                               std::string_view how)
    {
        return name + " is " + std::string(encoding) + " text (" + std::string(how)
            + "); the corpus must be UTF-8: convert it first (iconv -f " + std::string(encoding)
            + " -t UTF-8 in.txt > out.txt)";
    }

} // namespace

Result<std::size_t> InputSniffer::check(std::string_view head, std::uint64_t totalBytes,
                                        const std::string &name)
{
    if (totalBytes == 0)
        return fail(ErrorCode::EmptyInput, "corpus is empty: " + name + " has 0 bytes");
    if (head.starts_with("\xef\xbb\xbf")) {
        if (totalBytes == 3)
            return fail(ErrorCode::EmptyInput,
                        "corpus is empty: " + name + " holds only a UTF-8 byte order mark");
        return std::size_t { 3 };
    }
    if (const std::string_view encoding = unicodeByBom(head); !encoding.empty())
        return fail(ErrorCode::UnsupportedEncoding,
                    unicodeMessage(name, encoding, "it starts with a byte order mark"));
    if (const std::string_view type = magicType(head); !type.empty())
        return fail(ErrorCode::BinaryInput, name + " is not text: it is " + std::string(type));
    if (const std::string_view encoding = unicodeByNulPattern(head); !encoding.empty())
        return fail(ErrorCode::UnsupportedEncoding,
                    unicodeMessage(name, encoding, "judging by its pattern of NUL bytes"));

    // Text may hold a few stray control characters (they become separators), and text in a
    // legacy encoding is undecodable as UTF-8 but is reported later as an encoding error with a
    // conversion hint. Data that is neither is binary.
    const ByteCensus counts = census(head);
    const std::size_t size = head.size();
    const bool manyControls = counts.controls * 20 >= size && counts.controls >= 4;
    const bool mostlyInvalid
        = counts.invalidSequences * 10 >= size && CharsetGuesser::guess(head).confidence < 25;
    if (manyControls || mostlyInvalid)
        return fail(ErrorCode::BinaryInput,
                    name + " looks like binary data, not text: of its first " + std::to_string(size)
                        + " bytes, " + std::to_string(counts.controls)
                        + " are control characters and " + std::to_string(counts.invalidSequences)
                        + " start invalid UTF-8 sequences");
    return std::size_t { 0 };
}

} // namespace ewb::core
