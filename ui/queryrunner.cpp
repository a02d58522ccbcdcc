#include "ui/queryrunner.h"

#include "core/model/embeddingmodel.h"
#include "core/model/expression.h"
#include "core/model/neighbourindex.h"
#include "core/model/neighbouroverlap.h"
#include "core/model/queries.h"
#include "ui/indexbuilder.h"

#include <QElapsedTimer>

#include <algorithm>
#include <exception>
#include <new>
#include <set>
#include <string>

namespace ewb::ui {

namespace {

    const core::Error kOk { core::ErrorCode::Ok, {} };

    std::string utf8(const QString &text)
    {
        return text.toStdString();
    }

    core::Error wrongCount(const char *what, qsizetype count)
    {
        return core::fail(core::ErrorCode::InvalidArgument,
                          std::string(what) + ", got " + std::to_string(count) + " words");
    }

    // Words the model must contain for the request to be answered: the query words plus an
    // analogy's expected answer.
    QStringList requiredWords(const QueryRequest &request)
    {
        QStringList words = QueryRunner::queryWords(request);
        const QString expected = request.expected.trimmed();
        if (request.kind == QueryRequest::Kind::Analogy && !expected.isEmpty()
            && !words.contains(expected))
            words << expected;
        return words;
    }

    void answerNeighbours(const QueryRequest &request, const core::Queries &queries,
                          const core::NeighbourIndex *index, ModelAnswer &out)
    {
        const std::string text = utf8(request.words.value(0));
        auto parsed = core::Expression::parse(text);
        if (!parsed.ok()) {
            out.error = parsed.error();
            return;
        }
        // A single word asks for its neighbours; anything else is word arithmetic.
        const bool single = parsed->positive().size() == 1 && parsed->negative().empty();
        out.approximate = single && index != nullptr;
        auto result = out.approximate
            ? index->query(parsed->positive().front(), request.k,
                           std::max<std::size_t>(IndexBuilder::queryEf, 4 * std::size_t(request.k)))
            : single ? queries.neighbours(parsed->positive().front(), request.k)
                     : queries.expression(text, request.k);
        if (result.ok())
            out.neighbours = std::move(result).value();
        else
            out.error = result.error();
    }

    void answerAnalogy(const QueryRequest &request, const core::Queries &queries, ModelAnswer &out)
    {
        if (request.words.size() != 3) {
            out.error = wrongCount("an analogy needs three words", request.words.size());
            return;
        }
        const std::string a = utf8(request.words[0]);
        const std::string b = utf8(request.words[1]);
        const std::string c = utf8(request.words[2]);
        auto add = queries.analogy(a, b, c, core::AnalogyMethod::CosAdd, request.k);
        auto mul = queries.analogy(a, b, c, core::AnalogyMethod::CosMul, request.k);
        if (!add.ok() || !mul.ok()) {
            out.error = add.ok() ? mul.error() : add.error();
            return;
        }
        out.neighbours = std::move(add).value();
        out.cosMul = std::move(mul).value();
        const QString expected = request.expected.trimmed();
        if (expected.isEmpty())
            return;
        const std::string e = utf8(expected);
        auto rankAdd = queries.analogyRank(a, b, c, e, core::AnalogyMethod::CosAdd);
        auto rankMul = queries.analogyRank(a, b, c, e, core::AnalogyMethod::CosMul);
        if (rankAdd.ok() && rankMul.ok()) {
            out.rankAdd = qint64(*rankAdd);
            out.rankMul = qint64(*rankMul);
        } else {
            out.rankError = rankAdd.ok() ? rankMul.error() : rankAdd.error();
        }
    }

    void answerSimilarity(const QueryRequest &request, const core::Queries &queries,
                          ModelAnswer &out)
    {
        if (request.words.size() != 2) {
            out.error = wrongCount("a similarity needs two words", request.words.size());
            return;
        }
        auto result = queries.similarity(utf8(request.words[0]), utf8(request.words[1]));
        if (result.ok())
            out.similarity = *result;
        else
            out.error = result.error();
    }

    void answerOddOneOut(const QueryRequest &request, const core::EmbeddingModel &model,
                         const core::Queries &queries, ModelAnswer &out)
    {
        std::vector<std::string> words;
        for (const QString &word : request.words)
            words.push_back(utf8(word));
        auto result = queries.oddOneOut(words);
        if (!result.ok()) {
            out.error = result.error();
            return;
        }
        out.oddWord = QString::fromStdString(result->word);
        for (std::size_t i = 0; i < words.size(); ++i) {
            const auto row = model.indexOf(words[i]);
            out.neighbours.push_back({ std::size_t(row), words[i], result->scores[i] });
        }
    }

    std::vector<WordNeighbours> neighboursOfEach(const QStringList &words, int k,
                                                 const core::Queries &queries)
    {
        std::vector<WordNeighbours> list;
        for (const QString &word : words) {
            WordNeighbours entry;
            entry.word = word;
            auto result = queries.neighbours(utf8(word), k);
            if (result.ok())
                entry.neighbours = std::move(result).value();
            else
                entry.error = result.error();
            list.push_back(std::move(entry));
        }
        return list;
    }

    OverlapRow overlapOf(const QString &label, const WordNeighbours &a, const WordNeighbours &b)
    {
        OverlapRow row;
        row.label = label;
        if (a.error.code == core::ErrorCode::Ok && b.error.code == core::ErrorCode::Ok)
            row.jaccard = QueryRunner::jaccard(a.neighbours, b.neighbours, &row.shared);
        return row;
    }

} // namespace

QStringList QueryRunner::queryWords(const QueryRequest &request)
{
    QStringList words;
    if (request.kind == QueryRequest::Kind::Neighbours) {
        auto parsed = core::Expression::parse(utf8(request.words.value(0)));
        if (!parsed.ok())
            return {};
        for (const auto *part : { &parsed->positive(), &parsed->negative() }) {
            for (const std::string &word : *part)
                words << QString::fromStdString(word);
        }
    } else {
        words = request.words;
    }
    words.removeDuplicates();
    return words;
}

ModelAnswer QueryRunner::answer(const QueryRequest &request, const core::EmbeddingModel &model,
                                const core::NeighbourIndex *index)
{
    QElapsedTimer timer;
    timer.start();
    ModelAnswer out;
    try {
        const core::Queries queries(model);
        if (request.kind != QueryRequest::Kind::WordLists) {
            for (const QString &word : requiredWords(request)) {
                if (!model.contains(utf8(word)))
                    out.unknown << word;
            }
        }
        if (!out.unknown.isEmpty()) {
            out.error = core::fail(core::ErrorCode::NotFound,
                                   "not in the vocabulary: " + utf8(out.unknown.join(u", ")));
            for (const std::string &word : queries.suggestions(utf8(out.unknown.first())))
                out.suggestions << QString::fromStdString(word);
        } else {
            switch (request.kind) {
            case QueryRequest::Kind::Neighbours:
                answerNeighbours(request, queries, index, out);
                break;
            case QueryRequest::Kind::Analogy:
                answerAnalogy(request, queries, out);
                break;
            case QueryRequest::Kind::Similarity:
                answerSimilarity(request, queries, out);
                break;
            case QueryRequest::Kind::OddOneOut:
                answerOddOneOut(request, model, queries, out);
                break;
            case QueryRequest::Kind::WordLists:
                out.perWord = neighboursOfEach(request.words, request.k, queries);
                break;
            }
        }
    } catch (const std::bad_alloc &) {
        out = ModelAnswer {};
        out.error = core::fail(core::ErrorCode::OutOfMemory, "out of memory answering a query");
    } catch (const std::exception &e) {
        out = ModelAnswer {};
        out.error = core::fail(core::ErrorCode::Internal, e.what());
    }
    out.elapsedUs = timer.nsecsElapsed() / 1000;
    return out;
}

QueryAnswer QueryRunner::run(const QueryRequest &request,
                             const std::shared_ptr<const core::EmbeddingModel> &a,
                             const std::shared_ptr<const core::EmbeddingModel> &b,
                             const core::NeighbourIndex *indexA)
{
    QueryAnswer answer;
    answer.request = request;
    answer.a = QueryRunner::answer(request, *a, indexA);
    if (!b)
        return answer;
    answer.b = QueryRunner::answer(request, *b);
    try {
        if (request.kind == QueryRequest::Kind::WordLists) {
            for (std::size_t i = 0; i < answer.a.perWord.size() && i < answer.b->perWord.size();
                 ++i)
                answer.overlap << overlapOf(answer.a.perWord[i].word, answer.a.perWord[i],
                                            answer.b->perWord[i]);
            return answer;
        }
        const QStringList words = queryWords(request);
        // An expression's whole answer is compared too: it is what the user sees side by side.
        if (request.kind == QueryRequest::Kind::Neighbours && words.size() > 1) {
            WordNeighbours whole { request.words.value(0), answer.a.neighbours, answer.a.error };
            WordNeighbours other { request.words.value(0), answer.b->neighbours, answer.b->error };
            answer.overlap << overlapOf(request.words.value(0), whole, other);
        }
        const core::Queries qa(*a);
        const core::Queries qb(*b);
        const auto inA = neighboursOfEach(words, request.k, qa);
        const auto inB = neighboursOfEach(words, request.k, qb);
        for (std::size_t i = 0; i < inA.size(); ++i)
            answer.overlap << overlapOf(inA[i].word, inA[i], inB[i]);
    } catch (const std::bad_alloc &) {
        answer.overlap.clear();
    }
    return answer;
}

std::optional<double> QueryRunner::jaccard(const std::vector<core::Neighbour> &a,
                                           const std::vector<core::Neighbour> &b, int *shared)
{
    const auto overlap = core::NeighbourOverlap::of(a, b);
    if (shared)
        *shared = int(overlap.shared);
    return overlap.jaccard;
}

} // namespace ewb::ui
