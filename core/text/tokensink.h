#pragma once

#include <string_view>

namespace ewb::core {

/// One stage of the token pipeline (normaliser, phrase merger, sentence builder, counters).
/// Called on one thread; the token bytes are valid only during the call.
class TokenSink
{
public:
    /// Sinks are owned and destroyed through this interface.
    virtual ~TokenSink() = default;

    /// One token: non-empty valid UTF-8 without separators. cut is true when the token was
    /// already shortened at TokenizerOptions::maxTokenBytes (so it is counted once).
    virtual void onToken(std::string_view token, bool cut) = 0;
    /// The current line ended; discard as in RunSink::onLineEnd().
    virtual void onLineEnd(bool discard) = 0;
};

} // namespace ewb::core
