// Model store speed (issue 3): loading a 100,000 x 300 model from the store, the parts of that
// load, and importing a 1,000,000 x 300 word2vec binary file. bench/store_speed_gensim.py runs
// these side by side with `cat` and gensim, interleaved, and prints the ratios. Build in a
// Release tree before quoting numbers.
//
// Usage:
//   ewb_bench_store make DIR [ROWS DIM IMPORT_ROWS]
//       writes DIR/load.ewb (a store holding the model "bench"), DIR/load.f32 (the same vectors
//       as raw float32, the bytes `cat` reads), DIR/load.bin (the same model as word2vec binary)
//       and DIR/import.bin (IMPORT_ROWS x DIM word2vec binary); defaults 100000 300 1000000.
//   ewb_bench_store load DB        times ModelStore::load of "bench" on an open database
//   ewb_bench_store phases DB      times the parts of that load (reading, checks, model build)
//   ewb_bench_store import FILE DB imports FILE into a new database DB (deleted first)
// Every timing line is "name wall_ms cpu_ms"; import adds the process's peak RSS in MiB.

#include "core/model/embeddingmodel.h"
#include "core/store/chunkreader.h"
#include "core/store/database.h"
#include "core/store/modelchecksum.h"
#include "core/store/modelreader.h"
#include "core/store/modelstore.h"
#include "core/store/statement.h"
#include "core/store/vectorimport.h"

#include <sys/mman.h>
#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

using namespace ewb::core;

namespace {

struct Clock
{
    std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
    std::clock_t cpu = std::clock();

    void print(const char *name) const
    {
        const double wallMs
            = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall)
                  .count();
        const double cpuMs = 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC;
        std::printf("%s %.2f %.2f\n", name, wallMs, cpuMs);
    }
};

void adviseHugePages(void *data, std::size_t bytes)
{
    constexpr std::uintptr_t huge = 2u << 20;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + huge - 1) & ~(huge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(huge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
}

std::string wordName(std::size_t row)
{
    char name[32];
    std::snprintf(name, sizeof name, "w%07zu", row + 1);
    return name;
}

// Clustered vectors: 1000 Gaussian centres plus Gaussian noise, so norms and directions vary
// like a real model's rather than all being near sqrt(dim).
void fillRows(float *out, std::size_t rows, std::size_t dim, std::mt19937 &rng)
{
    std::normal_distribution<float> normal;
    std::vector<float> centres(1000 * dim);
    for (float &c : centres)
        c = normal(rng);
    std::uniform_int_distribution<std::size_t> pick(0, 999);
    for (std::size_t r = 0; r < rows; ++r) {
        const float *centre = centres.data() + pick(rng) * dim;
        for (std::size_t d = 0; d < dim; ++d)
            out[r * dim + d] = 0.3f * (centre[d] + 0.5f * normal(rng));
    }
}

bool writeWord2vecBinary(const std::filesystem::path &path, std::size_t rows, std::size_t dim,
                         const std::function<void(float *, std::size_t)> &nextRows)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << rows << ' ' << dim << '\n';
    constexpr std::size_t block = 10000;
    std::vector<float> values(block * dim);
    for (std::size_t first = 0; first < rows; first += block) {
        const std::size_t n = std::min(block, rows - first);
        nextRows(values.data(), n);
        for (std::size_t r = 0; r < n; ++r) {
            out << wordName(first + r) << ' ';
            out.write(reinterpret_cast<const char *>(values.data() + r * dim),
                      static_cast<std::streamsize>(dim * sizeof(float)));
            out << '\n';
        }
    }
    return bool(out.flush());
}

int make(const std::filesystem::path &dir, std::size_t rows, std::size_t dim,
         std::size_t importRows)
{
    std::filesystem::create_directories(dir);
    std::mt19937 rng(3);
    Matrix vectors(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(dim));
    fillRows(vectors.data(), rows, dim, rng);
    std::vector<std::string> words;
    for (std::size_t r = 0; r < rows; ++r)
        words.push_back(wordName(r));
    {
        std::ofstream raw(dir / "load.f32", std::ios::binary | std::ios::trunc);
        raw.write(reinterpret_cast<const char *>(vectors.data()),
                  static_cast<std::streamsize>(rows * dim * sizeof(float)));
    }
    std::size_t done = 0;
    writeWord2vecBinary(dir / "load.bin", rows, dim, [&](float *out, std::size_t n) {
        std::copy_n(vectors.data() + done * dim, n * dim, out);
        done += n;
    });
    auto model = EmbeddingModel::create(std::move(words), {}, std::move(vectors));
    std::filesystem::remove(dir / "load.ewb");
    DatabaseOptions create;
    create.mode = OpenMode::Create;
    auto db = Database::open(dir / "load.ewb", create);
    if (!model || !db)
        return 70;
    ModelMetadata meta;
    meta.name = "bench";
    if (auto saved = ModelStore(*db).save(**model, meta); !saved) {
        std::fprintf(stderr, "%s\n", saved.error().detail.c_str());
        return 73;
    }
    const bool ok
        = writeWord2vecBinary(dir / "import.bin", importRows, dim,
                              [&](float *out, std::size_t n) { fillRows(out, n, dim, rng); });
    return ok ? 0 : 74;
}

Result<Database> openForLoad(const std::filesystem::path &path)
{
    // The application opens its database once (with the quick check) and then loads models
    // from the open connection; that load is what is timed here.
    DatabaseOptions options;
    options.mode = OpenMode::ReadOnly;
    options.quickCheck = false;
    return Database::open(path, options);
}

int load(const std::filesystem::path &path)
{
    const Clock open;
    auto db = openForLoad(path);
    if (!db)
        return 66;
    open.print("open");
    const Clock clock;
    auto model = ModelStore(*db).load("bench");
    if (!model) {
        std::fprintf(stderr, "%s\n", model.error().detail.c_str());
        return 65;
    }
    clock.print("load");
    std::printf("rows %zu dim %zu\n", (*model)->size(), (*model)->dim());
    return 0;
}

// Repeats, step by step, what ModelReader::load and EmbeddingModel::create do, to see where the
// time goes (the steps of create are re-implemented here the way create does them).
int phases(const std::filesystem::path &path)
{
    auto db = openForLoad(path);
    if (!db)
        return 66;
    ModelStore store(*db);
    auto info = store.find("bench");
    if (!info)
        return 65;
    const std::size_t rows = info->vocabSize;
    const std::size_t dim = info->dim;
    {
        const Clock clock;
        if (!ModelReader(*db).verify(*info))
            return 65;
        clock.print("verify(words+vectors,no-model)");
    }
    {
        // What ModelReader does for the words: count them, then read them in row order.
        const Clock clock;
        auto total = db->queryInt64("SELECT count(*) FROM words WHERE model_id = "
                                    + std::to_string(info->id));
        clock.print("words:count");
        const Clock read;
        auto stmt = Statement::prepare(*db,
                                       "SELECT row, word, count, typeof(word) FROM words "
                                       "WHERE model_id = ?1 ORDER BY row");
        if (!total || !stmt)
            return 65;
        stmt->bind(1, info->id);
        std::vector<std::string> words;
        std::vector<std::uint64_t> counts;
        words.reserve(rows);
        counts.reserve(rows);
        ModelChecksum sum;
        while (*stmt->step()) {
            const std::string_view word = stmt->columnText(1);
            const std::int64_t count = stmt->columnInt64(2);
            if (stmt->columnText(3) != "text" || word.empty() || count < 0)
                return 65;
            sum.addWord(word, static_cast<std::uint64_t>(count));
            words.emplace_back(word);
            counts.push_back(static_cast<std::uint64_t>(count));
        }
        read.print(sum.words() == info->wordsChecksum ? "words:read+checksum"
                                                      : "words:read+checksum(mismatch)");
    }
    Matrix vectors(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(dim));
    {
        const Clock clock;
        auto reader = ChunkReader::open(*db, ChunkTable::ModelVectors, info->id, rows, dim);
        if (!reader || !reader->readInto(std::span(vectors.data(), rows * dim)))
            return 65;
        clock.print("chunks(read+crc+finite)");
    }
    {
        const Clock clock;
        std::size_t bad = 0;
        for (Eigen::Index i = 0; i < vectors.size(); ++i)
            bad += std::isfinite(vectors.data()[i]) ? 0u : 1u;
        clock.print(bad == 0 ? "create:finite-check" : "create:finite-check(bad)");
    }
    {
        const Clock clock;
        std::unordered_map<std::string, std::int64_t> index;
        index.reserve(rows);
        for (std::size_t r = 0; r < rows; ++r)
            index.emplace(wordName(r), static_cast<std::int64_t>(r));
        clock.print("create:word-index(+names)");
        const Clock names;
        std::size_t length = 0;
        for (std::size_t r = 0; r < rows; ++r)
            length += wordName(r).size();
        names.print(length > 0 ? "  names-alone" : "  names-alone(empty)");
    }
    {
        const Clock clock;
        Matrix unit(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(dim));
        Eigen::VectorXf norms(static_cast<Eigen::Index>(rows));
        for (Eigen::Index r = 0; r < vectors.rows(); ++r) {
            const double norm = vectors.row(r).cast<double>().norm();
            norms[r] = static_cast<float>(norm);
            if (norm > 0.0)
                unit.row(r) = (vectors.row(r).cast<double>() / norm).cast<float>();
            else
                unit.row(r).setZero();
        }
        clock.print("create:norms+unit(double)");
    }
    {
        const Clock clock;
        Matrix unit(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(dim));
        unit.setZero();
        clock.print("  unit-allocate+touch");
    }
    {
        const Clock clock;
        Matrix unit(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(dim));
        adviseHugePages(unit.data(), static_cast<std::size_t>(unit.size()) * sizeof(float));
        unit.setZero();
        clock.print("  unit-allocate+touch(huge-pages)");
    }
    {
        const Clock clock;
        Matrix unit(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(dim));
        const auto page = static_cast<std::uintptr_t>(4096);
        const auto begin = (reinterpret_cast<std::uintptr_t>(unit.data()) + page - 1) & ~(page - 1);
        const auto end
            = (reinterpret_cast<std::uintptr_t>(unit.data() + unit.size())) & ~(page - 1);
        const int rc = madvise(reinterpret_cast<void *>(begin), end - begin, MADV_POPULATE_WRITE);
        clock.print(rc == 0 ? "  unit-allocate+populate" : "  unit-allocate+populate(failed)");
        unit.setZero();
        clock.print("  unit-allocate+populate+touch");
    }
    {
        // The same read into memory that is already mapped: the rest is page-fault cost.
        auto reader = ChunkReader::open(*db, ChunkTable::ModelVectors, info->id, rows, dim);
        const Clock clock;
        if (!reader || !reader->readInto(std::span(vectors.data(), rows * dim)))
            return 65;
        clock.print("chunks(read+crc+finite,touched)");
    }
    {
        std::vector<std::string> words;
        for (std::size_t r = 0; r < rows; ++r)
            words.push_back(wordName(r));
        const Clock clock;
        auto model = EmbeddingModel::create(std::move(words), {}, std::move(vectors));
        if (!model)
            return 65;
        clock.print("create(total)");
    }
    {
        const Clock clock;
        if (!store.load(info->id))
            return 65;
        clock.print("load(total)");
    }
    return 0;
}

int import(const std::filesystem::path &file, const std::filesystem::path &path)
{
    for (const char *suffix : { "", "-wal", "-shm", ".lock" })
        std::filesystem::remove(path.string() + suffix);
    DatabaseOptions create;
    create.mode = OpenMode::Create;
    auto db = Database::open(path, create);
    if (!db)
        return 73;
    const Clock clock;
    ModelMetadata meta;
    meta.name = "import";
    auto outcome = VectorImport::run(*db, file, meta);
    if (!outcome) {
        std::fprintf(stderr, "%s\n", outcome.error().detail.c_str());
        return 65;
    }
    clock.print("import");
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak-rss-mib %.1f\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "make" && (argc == 3 || argc == 6)) {
        return argc == 6
            ? make(argv[2], std::stoul(argv[3]), std::stoul(argv[4]), std::stoul(argv[5]))
            : make(argv[2], 100'000, 300, 1'000'000);
    }
    if (mode == "load" && argc == 3)
        return load(argv[2]);
    if (mode == "phases" && argc == 3)
        return phases(argv[2]);
    if (mode == "import" && argc == 4)
        return import(argv[2], argv[3]);
    std::fprintf(stderr,
                 "usage: %s make DIR [ROWS DIM IMPORT_ROWS] | load DB | phases DB | "
                 "import FILE DB\n",
                 argv[0]);
    return 64;
}
