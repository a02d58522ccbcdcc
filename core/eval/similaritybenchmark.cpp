#include "core/eval/similaritybenchmark.h"

#include "core/eval/correlation.h"
#include "core/eval/restrictedvocabulary.h"
#include "core/eval/textfile.h"
#include "core/model/embeddingmodel.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <new>
#include <optional>

namespace ewb::core {

namespace {

    bool isSpace(char c)
    {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
    }

    std::string_view strip(std::string_view s)
    {
        while (!s.empty() && isSpace(s.front()))
            s.remove_prefix(1);
        while (!s.empty() && isSpace(s.back()))
            s.remove_suffix(1);
        return s;
    }

    // Python's float(): surrounding whitespace and a leading '+' allowed; we also insist on a
    // finite value, since a NaN score would poison both correlations.
    std::optional<double> parseScore(std::string_view field)
    {
        field = strip(field);
        if (field.starts_with('+'))
            field.remove_prefix(1);
        double value = 0.0;
        const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
        if (field.empty() || ec != std::errc() || end != field.data() + field.size()
            || !std::isfinite(value))
            return std::nullopt;
        return value;
    }

    std::vector<std::string_view> splitFields(std::string_view line,
                                              SimilarityBenchmark::Separator separator)
    {
        std::vector<std::string_view> fields;
        if (separator == SimilarityBenchmark::Separator::Tab) {
            std::size_t start = 0;
            while (true) {
                const std::size_t tab = line.find('\t', start);
                fields.push_back(
                    line.substr(start, tab == std::string_view::npos ? tab : tab - start));
                if (tab == std::string_view::npos)
                    break;
                start = tab + 1;
            }
            return fields;
        }
        std::size_t i = 0;
        while (i < line.size()) {
            while (i < line.size() && isSpace(line[i]))
                ++i;
            const std::size_t start = i;
            while (i < line.size() && !isSpace(line[i]))
                ++i;
            if (i > start)
                fields.push_back(line.substr(start, i - start));
        }
        return fields;
    }

    // Python text mode: "\n", "\r\n" and a lone "\r" all end a line.
    std::vector<std::string_view> splitLines(std::string_view text)
    {
        std::vector<std::string_view> lines;
        std::size_t start = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\n' || text[i] == '\r') {
                lines.push_back(text.substr(start, i - start));
                if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                    ++i;
                start = i + 1;
            }
        }
        if (start < text.size())
            lines.push_back(text.substr(start));
        return lines;
    }

} // namespace

Result<SimilarityBenchmark::Report> SimilarityBenchmark::evaluate(const EmbeddingModel &model,
                                                                  std::string_view text,
                                                                  const Options &options,
                                                                  std::stop_token stop,
                                                                  const Progress &progress)
{
    if (options.restrictVocab == 0)
        return fail(ErrorCode::InvalidArgument, "restrict_vocab must be at least 1");
    try {
        const RestrictedVocabulary vocab(model, options.restrictVocab, options.caseInsensitive);
        const auto lines = splitLines(text);
        Report report;
        std::vector<double> gold;
        std::vector<double> predicted;
        auto lastReport = std::chrono::steady_clock::now();
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (i % 1024 == 0) {
                if (stop.stop_requested())
                    return fail(ErrorCode::Cancelled, "similarity benchmark cancelled");
                const auto now = std::chrono::steady_clock::now();
                if (progress && now - lastReport >= std::chrono::milliseconds(100)) {
                    progress(i, lines.size());
                    lastReport = now;
                }
            }
            const std::string_view line = lines[i];
            if (line.starts_with('#'))
                continue;
            const auto fields = splitFields(line, options.separator);
            const auto score = fields.size() == 3 ? parseScore(fields[2]) : std::nullopt;
            if (!score) {
                if (!strip(line).empty())
                    report.skippedLines.push_back(i + 1);
                continue;
            }
            const auto a = vocab.find(vocab.key(fields[0]));
            const auto b = vocab.find(vocab.key(fields[1]));
            if (!a || !b) {
                ++report.oov;
                continue;
            }
            const Matrix &unit = model.unitVectors();
            gold.push_back(*score);
            predicted.push_back(
                static_cast<double>(unit.row(static_cast<Eigen::Index>(*a))
                                        .dot(unit.row(static_cast<Eigen::Index>(*b)))));
        }
        if (progress)
            progress(lines.size(), lines.size());
        if (gold.empty() && report.oov == 0)
            return fail(ErrorCode::EmptyInput, "no valid word pair found");
        if (gold.empty()) {
            return fail(ErrorCode::NotFound,
                        "all " + std::to_string(report.oov)
                            + " word pairs have a word outside the vocabulary");
        }
        report.pairs = gold.size();
        report.spearman = spearman(gold, predicted);
        report.pearson = pearson(gold, predicted);
        return report;
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory, "not enough memory for the similarity benchmark");
    }
}

Result<SimilarityBenchmark::Report>
SimilarityBenchmark::evaluateFile(const EmbeddingModel &model, const std::filesystem::path &path,
                                  const Options &options, std::stop_token stop,
                                  const Progress &progress)
{
    const auto text = readTextFile(path);
    if (!text)
        return text.error();
    return evaluate(model, *text, options, std::move(stop), progress);
}

} // namespace ewb::core
