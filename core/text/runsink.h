#pragma once

#include <cstddef>
#include <string_view>

namespace ewb::core {

/// Receives what Utf8Scanner finds: runs of text between separators, and line ends. A run is
/// valid UTF-8 holding no white space, control character or line break. Called on the
/// scanner's thread; the bytes are valid only during the call.
class RunSink
{
public:
    /// Sinks are owned and destroyed through this interface.
    virtual ~RunSink() = default;

    /// A run, or a piece of one. complete is true when the run ends here. When false (a run
    /// longer than the scanner's buffer), the sink returns how many leading bytes it consumed;
    /// the rest (always shorter than the run) is handed over again with the next bytes.
    /// For a complete run the return value is ignored.
    virtual std::size_t onRun(std::string_view text, bool complete) = 0;
    /// The current line ended. discard is true when the line held invalid UTF-8 and the
    /// SkipLine policy applies: its tokens not yet handed on must be dropped.
    virtual void onLineEnd(bool discard) = 0;
};

} // namespace ewb::core
