#include "core/store/schema.h"

namespace ewb::core {

namespace {

    // Version 1. Times are Unix epoch milliseconds (UTC). JSON columns hold text written by the
    // caller. No STRICT tables: the oldest supported SQLite is 3.31 (STRICT arrived in 3.37).
    // Vector data is float32 little-endian in chunks of at most 65536 rows, each with a CRC-32C.
    constexpr const char *kVersion1 = R"sql(
CREATE TABLE corpora (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
    fingerprint TEXT NOT NULL,
    lines INTEGER NOT NULL DEFAULT 0,
    tokens INTEGER NOT NULL DEFAULT 0,
    distinct_words INTEGER NOT NULL DEFAULT 0,
    tokenizer TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    corpus_id INTEGER REFERENCES corpora(id) ON DELETE SET NULL,
    options TEXT NOT NULL DEFAULT '{}',
    seed INTEGER NOT NULL,
    threads INTEGER NOT NULL CHECK (threads >= 1),
    software_version TEXT NOT NULL,
    started INTEGER NOT NULL,
    finished INTEGER,
    status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'cancelled', 'failed')),
    message TEXT NOT NULL DEFAULT ''
);
CREATE INDEX runs_corpus ON runs(corpus_id);
CREATE TABLE models (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    status TEXT NOT NULL CHECK (status IN ('writing', 'complete')),
    dim INTEGER NOT NULL CHECK (dim >= 1),
    vocab_size INTEGER NOT NULL CHECK (vocab_size >= 0),
    dtype TEXT NOT NULL DEFAULT 'f32le' CHECK (dtype = 'f32le'),
    source TEXT NOT NULL CHECK (source IN ('trained', 'imported')),
    run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    params TEXT NOT NULL DEFAULT '{}',
    notes TEXT NOT NULL DEFAULT '',
    vectors_checksum INTEGER NOT NULL DEFAULT 0,
    words_checksum INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL
);
CREATE UNIQUE INDEX models_complete_name ON models(name) WHERE status = 'complete';
CREATE INDEX models_run ON models(run_id);
CREATE TABLE words (
    model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
    row INTEGER NOT NULL,
    word TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0),
    PRIMARY KEY (model_id, row)
) WITHOUT ROWID;
CREATE TABLE vector_chunks (
    id INTEGER PRIMARY KEY,
    model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
    chunk INTEGER NOT NULL,
    first_row INTEGER NOT NULL,
    rows INTEGER NOT NULL,
    data BLOB NOT NULL,
    checksum INTEGER NOT NULL,
    UNIQUE (model_id, chunk)
);
CREATE TABLE loss_points (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    elapsed_s REAL NOT NULL,
    epoch INTEGER NOT NULL,
    words_done INTEGER NOT NULL,
    fraction REAL NOT NULL,
    learning_rate REAL NOT NULL,
    loss_interval REAL,
    loss_epoch REAL,
    words_per_s REAL NOT NULL,
    PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;
CREATE TABLE checkpoints (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    epoch INTEGER NOT NULL,
    fraction REAL NOT NULL,
    epoch_end INTEGER NOT NULL DEFAULT 0,
    elapsed_s REAL NOT NULL,
    loss REAL,
    rows INTEGER NOT NULL CHECK (rows >= 1),
    dim INTEGER NOT NULL CHECK (dim >= 1),
    checksum INTEGER NOT NULL,
    created INTEGER NOT NULL
);
CREATE INDEX checkpoints_run ON checkpoints(run_id);
CREATE TABLE checkpoint_chunks (
    id INTEGER PRIMARY KEY,
    checkpoint_id INTEGER NOT NULL REFERENCES checkpoints(id) ON DELETE CASCADE,
    chunk INTEGER NOT NULL,
    first_row INTEGER NOT NULL,
    rows INTEGER NOT NULL,
    data BLOB NOT NULL,
    checksum INTEGER NOT NULL,
    UNIQUE (checkpoint_id, chunk)
);
CREATE TABLE evaluations (
    id INTEGER PRIMARY KEY,
    model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
    benchmark TEXT NOT NULL,
    settings TEXT NOT NULL DEFAULT '{}',
    score REAL,
    details TEXT NOT NULL DEFAULT '{}',
    created INTEGER NOT NULL
);
CREATE INDEX evaluations_model ON evaluations(model_id);
)sql";

} // namespace

const std::vector<MigrationStep> &Schema::steps()
{
    static const std::vector<MigrationStep> history { { 1, kVersion1 } };
    return history;
}

int Schema::currentVersion()
{
    return steps().back().toVersion;
}

} // namespace ewb::core
