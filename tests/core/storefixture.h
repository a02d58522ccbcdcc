#pragma once

// The content of tests/data/schema_v1.ewb, written by make_schema_v1.cpp and checked by
// tst_databaseschema. Values are exact in float32 so that a round trip can be compared bit for bit.

#include <array>
#include <cstdint>
#include <string_view>

namespace storefixture {

struct Row
{
    std::string_view word;
    std::uint64_t count;
    std::array<float, 3> vector;
};

inline constexpr std::array<Row, 4> kTrainedRows { {
    { "king", 7, { 0.5f, -1.25f, 2.0f } },
    { "queen", 5, { 0.25f, 0.75f, -3.5f } },
    { "\xe5\x8c\x97\xe4\xba\xac", 3, { 0.125f, 0.0f, 8.0f } }, // 北京
    { "na\xc3\xafve", 1, { -0.0625f, 1024.0f, -7.75f } }, // naïve
} };

inline constexpr std::string_view kTrainedName = "fixture-model";
inline constexpr std::string_view kTrainedNotes = "made for the schema v1 test";
inline constexpr std::string_view kTrainedParams = R"({"origin":"fixture"})";
inline constexpr std::string_view kImportedName = "imported-model";
inline constexpr std::string_view kRunOptions = R"({"dim":3,"epochs":5})";
inline constexpr std::uint64_t kRunSeed = 0xFEDCBA9876543210ull;
inline constexpr std::int64_t kRunStarted = 1700000000000;
inline constexpr std::int64_t kRunFinished = 1700000060000;
inline constexpr std::string_view kCorpusPath = "corpus.txt";
inline constexpr std::string_view kBenchmark = "wordsim353";
inline constexpr double kScore = 0.5;

} // namespace storefixture
