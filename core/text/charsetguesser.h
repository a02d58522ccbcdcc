#pragma once

#include <string>
#include <string_view>

namespace ewb::core {

/// Guesses the legacy encoding of bytes that are not UTF-8 (GB18030, Big5, Shift_JIS,
/// ISO-8859-1, UTF-16 without BOM, ...) with ICU's statistical charset detector, so that an
/// encoding error can tell the user what to convert from. Stateless and thread-safe.
class CharsetGuesser
{
public:
    /// A guess: the ICU/IANA name of the charset and ICU's confidence in 0..100.
    struct Guess
    {
        std::string name;
        int confidence = 0;
    };

    /// Guesses the charset of sample (a 64 KiB head is plenty; longer samples only cost time).
    /// Returns an empty name when ICU cannot guess at all.
    static Guess guess(std::string_view sample);

    /// A sentence to append to an encoding error, such as "it looks like GB18030; convert it to
    /// UTF-8 first (iconv -f GB18030 -t UTF-8 in.txt > out.txt)", or "" when the best guess is
    /// UTF-8 itself or below minConfidence (0..100; raising it gives fewer but surer hints).
    static std::string conversionHint(std::string_view sample, int minConfidence = 25);
};

} // namespace ewb::core
