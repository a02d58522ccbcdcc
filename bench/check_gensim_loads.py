#!/usr/bin/python3
"""Checks that gensim 4.2 reads the word-vector files our writer makes, value for value.

Give it the listing made by bench/make_format_fixtures.py and files that the workbench wrote
from the matching fixture, for example

  ewb convert tests/data/gensim/w2v-50x8.bin out/ours.bin
  ewb convert tests/data/gensim/w2v-50x8.bin out/ours.txt
  /usr/bin/python3 bench/check_gensim_loads.py tests/data/gensim/expected-50x8.tsv \\
      --binary out/ours.bin --text out/ours.txt [--glove out/ours.glove.txt]

Each file is loaded with KeyedVectors.load_word2vec_format (binary=True, binary=False, or
no_header=True for GloVe text) and its words and float32 bit patterns are compared with the
listing. Prints one line per file; the exit status is 1 when any file differs.
"""
import argparse
import sys

import numpy as np
from gensim.models import KeyedVectors


def load_listing(path):
    words, rows = [], []
    with open(path, encoding="utf-8") as listing:
        for line in listing:
            word, hexes, _ = line.rstrip("\n").split("\t")
            words.append(word)
            rows.append([int(h, 16) for h in hexes.split(" ")])
    return words, np.array(rows, dtype=np.uint32)


def check(label, path, words, bits, **load_options):
    kv = KeyedVectors.load_word2vec_format(path, **load_options)
    if kv.index_to_key != words:
        wrong = sum(1 for a, b in zip(kv.index_to_key, words) if a != b)
        print("%s %s: FAIL, %d of %d words differ (gensim read %d words)"
              % (label, path, wrong, len(words), len(kv.index_to_key)))
        return False
    got = kv.vectors.astype(np.float32).view(np.uint32)
    if got.shape != bits.shape:
        print("%s %s: FAIL, shape %s, expected %s" % (label, path, got.shape, bits.shape))
        return False
    differing = int(np.count_nonzero(got != bits))
    if differing:
        print("%s %s: FAIL, %d of %d floats differ in their bits" % (label, path, differing, bits.size))
        return False
    print("%s %s: OK, %d words x %d floats bit-identical" % (label, path, bits.shape[0], bits.shape[1]))
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("listing", help="expected-*.tsv written by make_format_fixtures.py")
    parser.add_argument("--binary", help="word2vec binary file written by the workbench")
    parser.add_argument("--text", help="word2vec text file written by the workbench")
    parser.add_argument("--glove", help="GloVe text file (no header) written by the workbench")
    args = parser.parse_args()
    words, bits = load_listing(args.listing)
    results = []
    if args.binary:
        results.append(check("binary", args.binary, words, bits, binary=True))
    if args.text:
        results.append(check("text", args.text, words, bits, binary=False))
    if args.glove:
        results.append(check("glove", args.glove, words, bits, binary=False, no_header=True))
    if not results:
        parser.error("give at least one of --binary, --text, --glove")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
