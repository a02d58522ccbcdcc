#!/usr/bin/python3
"""Analogy benchmark speed: `ewb eval analogy` against gensim 4.2's evaluate_word_analogies on the
same vectors, side by side, interleaved, several rounds.

The vectors are random (seed 1) for every word of questions-words.txt plus filler words up to
--words rows, saved as word2vec binary, so every question is answered against a realistic
number of rows (accuracy is meaningless here; only time is measured). Both tools run as fresh
processes that load the file and score all questions with restrict_vocab = --restrict;
gensim's own scoring time (load excluded) is printed as well.

usage: /usr/bin/python3 bench/eval_speed.py EWB_BINARY WORK_DIR [--words N] [--dim D]
           [--restrict R] [--rounds K]
"""
import argparse
import json
import os
import subprocess
import sys
import time

import numpy as np
from gensim.models import KeyedVectors

HERE = os.path.dirname(os.path.abspath(__file__))
QUESTIONS = os.path.join(HERE, "..", "resources", "questions-words.txt")

GENSIM = """
import sys, time
from gensim.models import KeyedVectors
kv = KeyedVectors.load_word2vec_format(sys.argv[1], binary=True)
start = time.perf_counter()
score, sections = kv.evaluate_word_analogies(sys.argv[2], restrict_vocab=int(sys.argv[3]))
print(time.perf_counter() - start, score, sum(len(s['correct']) + len(s['incorrect']) for s in sections[-1:]))
"""


def make_vectors(path, words, dim):
    vocab = []
    seen = set()
    with open(QUESTIONS, encoding="utf-8") as f:
        for line in f:
            if line.startswith(":"):
                continue
            for w in line.split():
                if w.lower() not in seen:
                    seen.add(w.lower())
                    vocab.append(w.lower())
    vocab += [f"filler{i}" for i in range(max(0, words - len(vocab)))]
    kv = KeyedVectors(dim)
    kv.add_vectors(vocab, np.random.default_rng(1).standard_normal((len(vocab), dim), dtype=np.float32))
    kv.save_word2vec_format(path, binary=True)
    return len(vocab)


def timed(command):
    start = time.perf_counter()
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return time.perf_counter() - start, out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ewb")
    parser.add_argument("workdir")
    parser.add_argument("--words", type=int, default=100000)
    parser.add_argument("--dim", type=int, default=300)
    parser.add_argument("--restrict", type=int, default=30000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    os.makedirs(args.workdir, exist_ok=True)
    vectors = os.path.join(args.workdir, f"eval-speed-{args.words}x{args.dim}.bin")
    if not os.path.exists(vectors):
        make_vectors(vectors, args.words, args.dim)
    print(f"vectors {vectors}, restrict_vocab {args.restrict}, load average {os.getloadavg()[0]:.1f}")
    print("round | ewb wall s | gensim wall s | gensim scoring s | wall ratio gensim/ewb | answered ewb/gensim")
    for r in range(1, args.rounds + 1):
        ewb_s, out = timed([args.ewb, "eval", "analogy", "--vectors", vectors, "--restrict-vocab",
                            str(args.restrict), "--json"])
        ewb_total = json.loads(out)["total"]
        gensim_s, out = timed([sys.executable, "-c", GENSIM, vectors, QUESTIONS, str(args.restrict)])
        scoring, _, gensim_total = out.split()
        print(f"{r} | {ewb_s:.2f} | {gensim_s:.2f} | {float(scoring):.2f} | {gensim_s / ewb_s:.2f} | "
              f"{ewb_total} / {gensim_total}")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
