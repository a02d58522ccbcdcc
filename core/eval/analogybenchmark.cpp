#include "core/eval/analogybenchmark.h"

#include "core/eval/restrictedvocabulary.h"
#include "core/eval/textfile.h"
#include "core/model/embeddingmodel.h"
#include "core/model/topselection.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <new>

namespace ewb::core {

namespace {

    // gensim asks most_similar for its top 5 answers and takes the first whose key is not an input.
    constexpr std::size_t candidates = 5;
    constexpr float cosMulEpsilon = 1e-6f;
    // A block's score matrix holds at most this many floats (16 MiB): large enough for the matrix
    // product to run at full speed, small enough to check the stop token often.
    constexpr std::size_t blockFloats = std::size_t(4) << 20;

    struct Question
    {
        std::size_t section = 0;
        std::array<std::size_t, 3> rows {}; // b, c, a: the positive words first
        std::array<std::string, 3> keys; // a, b, c
        std::string expected;
    };

    bool isSpace(char c)
    {
        // Python's str.split() separators within ASCII.
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

    std::vector<std::string_view> splitWords(std::string_view line)
    {
        std::vector<std::string_view> words;
        std::size_t i = 0;
        while (i < line.size()) {
            while (i < line.size() && isSpace(line[i]))
                ++i;
            const std::size_t start = i;
            while (i < line.size() && !isSpace(line[i]))
                ++i;
            if (i > start)
                words.push_back(line.substr(start, i - start));
        }
        return words;
    }

    Result<std::vector<Question>> parse(std::string_view text, const RestrictedVocabulary &vocab,
                                        AnalogyBenchmark::Report &report)
    {
        std::vector<Question> questions;
        std::size_t lineNumber = 0;
        std::size_t position = 0;
        while (position < text.size()) {
            const std::size_t end = std::min(text.find('\n', position), text.size());
            const std::string_view line = text.substr(position, end - position);
            position = end + 1;
            ++lineNumber;
            if (line.starts_with(": ")) {
                // gensim: line.lstrip(': ').strip()
                const std::size_t nameStart = line.find_first_not_of(": ");
                const std::string_view name = nameStart == std::string_view::npos
                    ? std::string_view()
                    : line.substr(nameStart);
                report.sections.push_back(AnalogyBenchmark::Section { std::string(strip(name)) });
                continue;
            }
            const auto words = splitWords(line);
            if (report.sections.empty()) {
                if (words.empty())
                    continue;
                return fail(ErrorCode::ParseError,
                            "line " + std::to_string(lineNumber)
                                + ": question before the first ': section' header");
            }
            if (words.size() != 4) {
                if (!words.empty())
                    report.skippedLines.push_back(lineNumber);
                continue;
            }
            ++report.questions;
            Question question;
            question.section = report.sections.size() - 1;
            for (std::size_t i = 0; i < 3; ++i)
                question.keys[i] = vocab.key(words[i]);
            question.expected = vocab.key(words[3]);
            const auto a = vocab.find(question.keys[0]);
            const auto b = vocab.find(question.keys[1]);
            const auto c = vocab.find(question.keys[2]);
            if (!a || !b || !c || !vocab.find(question.expected)) {
                ++report.oov;
                ++report.sections.back().oov;
                continue;
            }
            question.rows = { *b, *c, *a };
            questions.push_back(std::move(question));
        }
        if (report.questions == 0)
            return fail(ErrorCode::EmptyInput, "no analogy question found");
        return questions;
    }

    // gensim's choice: the first candidate whose upper-cased word is not a question word.
    bool isCorrect(const EmbeddingModel &model, const RestrictedVocabulary &vocab,
                   const Question &question, const std::vector<TopSelection::Entry> &answers)
    {
        std::string predicted;
        for (const auto &answer : answers) {
            predicted = vocab.key(model.word(answer.row));
            if (std::find(question.keys.begin(), question.keys.end(), predicted)
                == question.keys.end())
                break;
        }
        return !answers.empty() && predicted == question.expected;
    }

    void fillQueryColumns(const Matrix &unit, const Question &question, AnalogyMethod method,
                          Eigen::MatrixXf &queries, Eigen::Index column)
    {
        const auto row = [&](std::size_t i) {
            return unit.row(static_cast<Eigen::Index>(question.rows[i])).transpose();
        };
        if (method == AnalogyMethod::CosAdd) {
            // most_similar(positive=[b, c], negative=[a]): the normalised mean of the unit vectors.
            Eigen::VectorXf mean = row(0) + row(1) - row(2);
            const float norm = mean.norm();
            queries.col(column) = norm > 0.0f ? Eigen::VectorXf(mean / norm) : mean;
            return;
        }
        for (std::size_t i = 0; i < 3; ++i)
            queries.col(column + static_cast<Eigen::Index>(i)) = row(i);
    }

} // namespace

Result<AnalogyBenchmark::Report>
AnalogyBenchmark::evaluate(const EmbeddingModel &model, std::string_view text,
                           const Options &options, std::stop_token stop, const Progress &progress)
{
    if (options.restrictVocab == 0)
        return fail(ErrorCode::InvalidArgument, "restrict_vocab must be at least 1");
    try {
        const RestrictedVocabulary vocab(model, options.restrictVocab, options.caseInsensitive);
        Report report;
        report.method = options.method;
        auto parsed = parse(text, vocab, report);
        if (!parsed)
            return parsed.error();
        const std::vector<Question> &questions = *parsed;

        const std::size_t rows = vocab.rows();
        const std::size_t perQuestion = options.method == AnalogyMethod::CosAdd ? 1 : 3;
        const std::size_t block = std::clamp<std::size_t>(
            blockFloats / std::max<std::size_t>(1, rows * perQuestion), 1, 256);
        const auto searched = model.unitVectors().topRows(static_cast<Eigen::Index>(rows));
        Eigen::MatrixXf queries(static_cast<Eigen::Index>(model.dim()),
                                static_cast<Eigen::Index>(block * perQuestion));
        Eigen::MatrixXf similarities(static_cast<Eigen::Index>(rows), queries.cols());
        Eigen::VectorXf scores(static_cast<Eigen::Index>(rows));
        auto lastReport = std::chrono::steady_clock::now();

        for (std::size_t start = 0; start < questions.size(); start += block) {
            if (stop.stop_requested())
                return fail(ErrorCode::Cancelled, "analogy benchmark cancelled");
            const std::size_t count = std::min(block, questions.size() - start);
            const auto columns = static_cast<Eigen::Index>(count * perQuestion);
            for (std::size_t j = 0; j < count; ++j) {
                fillQueryColumns(model.unitVectors(), questions[start + j], options.method, queries,
                                 static_cast<Eigen::Index>(j * perQuestion));
            }
            similarities.leftCols(columns).noalias() = searched * queries.leftCols(columns);
            for (std::size_t j = 0; j < count; ++j) {
                const Question &question = questions[start + j];
                const auto column = static_cast<Eigen::Index>(j * perQuestion);
                if (options.method == AnalogyMethod::CosAdd) {
                    scores = similarities.col(column);
                } else {
                    // Levy and Goldberg's 3CosMul on cosines shifted to [0, 1].
                    const auto shifted = [&](Eigen::Index i) {
                        return (similarities.col(column + i).array() + 1.0f) * 0.5f;
                    };
                    scores = (shifted(0) * shifted(1) / (shifted(2) + cosMulEpsilon)).matrix();
                }
                const auto answers = TopSelection::select({ scores.data(), rows }, candidates,
                                                          question.rows, model.norms());
                Section &section = report.sections[question.section];
                ++section.total;
                if (isCorrect(model, vocab, question, answers))
                    ++section.correct;
            }
            const auto now = std::chrono::steady_clock::now();
            if (progress && now - lastReport >= std::chrono::milliseconds(100)) {
                progress(start + count, questions.size());
                lastReport = now;
            }
        }
        if (progress)
            progress(questions.size(), questions.size());

        for (const Section &section : report.sections) {
            Section &group = section.name.starts_with("gram") ? report.syntactic : report.semantic;
            group.correct += section.correct;
            group.total += section.total;
            group.oov += section.oov;
            report.total.correct += section.correct;
            report.total.total += section.total;
            report.total.oov += section.oov;
        }
        return report;
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "not enough memory for the analogy scores of " + std::to_string(model.size())
                        + " words");
    }
}

Result<AnalogyBenchmark::Report> AnalogyBenchmark::evaluateFile(const EmbeddingModel &model,
                                                                const std::filesystem::path &path,
                                                                const Options &options,
                                                                std::stop_token stop,
                                                                const Progress &progress)
{
    const auto text = readTextFile(path);
    if (!text)
        return text.error();
    auto report = evaluate(model, *text, options, std::move(stop), progress);
    if (!report && report.error().code == ErrorCode::ParseError)
        return fail(ErrorCode::ParseError, path.string() + ": " + report.error().detail);
    return report;
}

} // namespace ewb::core
