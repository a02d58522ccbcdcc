#pragma once

#include "core/serve/jsonvalue.h"

#include <string>
#include <string_view>

namespace ewb::core {

/// Writes JsonValue as compact RFC 8259 text (no white space between tokens), always valid
/// UTF-8: '"', '\\' and control characters are escaped (\n, \t, ... or \u00XX), other code
/// points are written as raw UTF-8, and bytes that are not valid UTF-8 (a word of a damaged
/// model) become U+FFFD. Numbers use std::to_chars (locale-independent): integral values below
/// 2^53 as plain integers, others with the shortest round-trip digits (float precision for
/// values built from a float); NaN and infinities, which JSON cannot express, become null. Pure
/// functions; thread-safe.
class JsonWriter
{
public:
    /// The JSON text of `value`.
    static std::string write(const JsonValue &value);

    /// Appends `text` as a quoted, escaped JSON string to `out`.
    static void appendString(std::string &out, std::string_view text);
};

} // namespace ewb::core
