#!/usr/bin/python3
"""Makes the word-vector format fixtures of the formats tests with gensim 4.2.

A KeyedVectors of 50 words x 8 dimensions with seeded random float32 values (plus a few
special ones: an all-zero vector, -0.0, a subnormal, large and tiny magnitudes) and words
that are non-ASCII, look like numbers or hold punctuation, saved with gensim's own writer as

  tests/data/gensim/w2v-50x8.bin        save_word2vec_format(binary=True)
  tests/data/gensim/w2v-50x8.txt        save_word2vec_format(binary=False)
  tests/data/gensim/glove-50x8.txt      save_word2vec_format(binary=False, write_header=False)
  tests/data/gensim/expected-50x8.tsv   the words and values in an independent plain form:
                                        word <TAB> 8 IEEE-754 bit patterns (hex) <TAB> 8 repr()s

Each saved file is loaded back with gensim and compared before anything is written, so the
listing is what gensim itself reads from the files.

Run from the repository root:  /usr/bin/python3 bench/make_format_fixtures.py
"""
import os
import struct

import numpy as np
from gensim.models import KeyedVectors

OUT = "tests/data/gensim"
DIM = 8
WORDS = [
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "it",
    "café", "naïve", "中国", "北京", "日本語", "Ελλάδα", "москва", "ñandú", "😀", "straße",
    "-0.27998", "1990", "3.14", "o'clock", "e-mail", "C++", "<unk>", "x=y", "a/b", "#tag",
    "Zürich", "São_Paulo", "Łódź", "İstanbul", "ÆØÅ", "çà", "한국어", "ไทย", "עברית", "العربية",
    "zero", "signed", "subnormal", "large", "tiny", "last1", "last2", "last3", "last4", "last5",
]


def bits(value):
    return struct.unpack("<I", struct.pack("<f", value))[0]


def main():
    assert len(WORDS) == 50 and len(set(WORDS)) == 50
    rng = np.random.RandomState(20240611)
    vectors = (rng.standard_normal((len(WORDS), DIM)) * 0.5).astype(np.float32)
    special = {
        "zero": [0.0] * DIM,
        "signed": [-0.0, 0.0, -1.0, 1.0, -0.5, 0.5, -2.0, 2.0],
        "subnormal": [1e-45, -1e-45, 1e-40, 1.1754944e-38, 5e-39, 0.1, 0.2, 0.3],
        "large": [3.4028235e38, -3.4028235e38, 1e30, 123456.79, -98765.43, 1e10, 7.0, 65504.0],
        "tiny": [1e-10, -1e-10, 1e-20, 1e-30, 2e-38, 1.5e-7, 0.1 + 0.2, 1.0 / 3.0],
    }
    for word, values in special.items():
        vectors[WORDS.index(word)] = np.array(values, dtype=np.float32)

    kv = KeyedVectors(DIM)
    kv.add_vectors(WORDS, vectors)
    os.makedirs(OUT, exist_ok=True)
    paths = {
        "bin": os.path.join(OUT, "w2v-50x8.bin"),
        "txt": os.path.join(OUT, "w2v-50x8.txt"),
        "glove": os.path.join(OUT, "glove-50x8.txt"),
    }
    kv.save_word2vec_format(paths["bin"], binary=True)
    kv.save_word2vec_format(paths["txt"], binary=False)
    kv.save_word2vec_format(paths["glove"], binary=False, write_header=False)

    loaded = [
        KeyedVectors.load_word2vec_format(paths["bin"], binary=True),
        KeyedVectors.load_word2vec_format(paths["txt"], binary=False),
        KeyedVectors.load_word2vec_format(paths["glove"], binary=False, no_header=True),
    ]
    for other in loaded:
        assert other.index_to_key == WORDS
        assert np.array_equal(other.vectors.view(np.uint32), vectors.view(np.uint32))

    with open(os.path.join(OUT, "expected-50x8.tsv"), "w", encoding="utf-8", newline="\n") as out:
        for word, row in zip(WORDS, vectors):
            hexes = " ".join("%08x" % bits(float(v)) for v in row)
            reprs = " ".join(repr(v) for v in row)
            out.write("%s\t%s\t%s\n" % (word, hexes, reprs))
    print("wrote", ", ".join(sorted(paths.values())), "and expected-50x8.tsv")


if __name__ == "__main__":
    main()
