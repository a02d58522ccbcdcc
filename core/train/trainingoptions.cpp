#include "core/train/trainingoptions.h"

#include <array>
#include <charconv>
#include <cmath>
#include <unistd.h>

namespace ewb::core {

namespace {

    // Locale-independent, shortest round-trip form ("0.025", "nan").
    std::string number(double value)
    {
        if (std::isnan(value))
            return "nan";
        if (std::isinf(value))
            return value > 0 ? "inf" : "-inf";
        std::array<char, 32> buffer {};
        const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
        return std::string(buffer.data(), result.ptr);
    }

    Error invalid(std::string detail)
    {
        return fail(ErrorCode::InvalidArgument, std::move(detail));
    }

} // namespace

double TrainingOptions::defaultAlpha(Architecture architecture)
{
    return architecture == Architecture::Cbow ? 0.05 : 0.025;
}

TrainingOptions TrainingOptions::defaults(Architecture architecture)
{
    TrainingOptions options;
    options.architecture = architecture;
    options.alpha = defaultAlpha(architecture);
    return options;
}

std::string_view TrainingOptions::architectureName(Architecture architecture)
{
    return architecture == Architecture::Cbow ? "cbow" : "skipgram";
}

std::uint64_t TrainingOptions::physicalMemoryBytes()
{
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGE_SIZE);
    if (pages <= 0 || pageSize <= 0)
        return 0;
    return static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(pageSize);
}

Result<void> TrainingOptions::validate() const
{
    if (dim < 1 || dim > 4096)
        return invalid("dim must be between 1 and 4096, got " + std::to_string(dim));
    if (window < 1 || window > 1000)
        return invalid("window must be between 1 and 1000, got " + std::to_string(window));
    if (negative < 1)
        return invalid("negative=0 leaves no training objective (hierarchical softmax is not "
                       "supported): negative must be between 1 and 1000");
    if (negative > 1000)
        return invalid("negative must be between 1 and 1000, got " + std::to_string(negative));
    if (!std::isfinite(nsExponent))
        return invalid("ns_exponent must be a finite number, got " + number(nsExponent));
    if (!(sample >= 0 && sample < 1))
        return invalid("sample must be in [0, 1), got " + number(sample));
    if (!std::isfinite(alpha) || alpha <= 0)
        return invalid("alpha must be a finite number > 0, got " + number(alpha));
    if (!std::isfinite(minAlpha) || minAlpha < 0 || minAlpha > alpha)
        return invalid("min_alpha must be a finite number between 0 and alpha=" + number(alpha)
                       + ", got " + number(minAlpha));
    if (epochs < 1 || epochs > 10000)
        return invalid("epochs must be between 1 and 10000, got " + std::to_string(epochs));
    if (threads < 1 || threads > 256)
        return invalid("threads must be between 1 and 256, got " + std::to_string(threads));
    if (!std::isfinite(weightDecay) || weightDecay < 0)
        return invalid("weight decay must be a finite number >= 0, got " + number(weightDecay));
    if (alpha * weightDecay >= 1)
        return invalid("alpha * weight decay must be below 1 (else every step flips the "
                       "vectors' sign), got "
                       + number(alpha) + " * " + number(weightDecay));
    if (checkpointPercent > 100)
        return invalid("checkpoint percent must be between 0 and 100, got "
                       + std::to_string(checkpointPercent));
    return {};
}

Result<TrainingOptions> TrainingOptions::effectiveFor(std::size_t vocabularySize,
                                                      std::uint64_t physicalMemory,
                                                      std::vector<std::string> &warnings) const
{
    if (auto valid = validate(); !valid)
        return valid.error();
    if (vocabularySize < 2)
        return fail(ErrorCode::VocabularyTooSmall,
                    "need at least 2 distinct words after min_count, got "
                        + std::to_string(vocabularySize));
    TrainingOptions effective = *this;
    if (negative >= vocabularySize) {
        effective.negative = vocabularySize - 1;
        warnings.push_back("negative=" + std::to_string(negative)
                           + " is not below the vocabulary size " + std::to_string(vocabularySize)
                           + ": clamped to " + std::to_string(effective.negative));
    }
    // Two float matrices of words x dim; computed in double so that no product overflows.
    const double bytes = 2.0 * static_cast<double>(vocabularySize) * static_cast<double>(dim) * 4.0;
    if (physicalMemory > 0 && bytes > static_cast<double>(physicalMemory))
        return fail(ErrorCode::OutOfMemory,
                    "the model needs about " + std::to_string(std::llround(bytes / 1048576.0))
                        + " MiB (2 x " + std::to_string(vocabularySize) + " words x dim "
                        + std::to_string(dim) + " x 4 bytes) but this machine has "
                        + std::to_string(physicalMemory / 1048576) + " MiB of RAM");
    return effective;
}

} // namespace ewb::core
