#!/usr/bin/env python3
"""Reference values for tests/core/tst_pcaprojection.cpp and tst_customaxes.cpp, computed with
numpy alone (independent of the C++ code under test) on tests/data/gensim-demo-en-d50.txt.

usage: make_projection_reference.py tests/data/gensim-demo-en-d50.txt

Prints the explained-variance ratios and the layout of a few rows for PCA of the first 1,000
words (axes oriented so that their largest-magnitude coordinate is positive), and the custom-axes
coordinates (x = he - she, y = good - bad on unit vectors) of a few words.
"""
import sys

import numpy as np


def load(path):
    with open(path, encoding="utf-8") as f:
        count, dim = map(int, f.readline().split())
        words, rows = [], []
        for _ in range(count):
            parts = f.readline().rstrip("\n").split(" ")
            words.append(parts[0])
            rows.append(np.array(parts[1:], dtype=np.float32))
    return words, np.vstack(rows).astype(np.float64)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    words, vectors = load(sys.argv[1])
    points = vectors[:1000]
    centred = points - points.mean(axis=0)
    values, vecs = np.linalg.eigh(centred.T @ centred)
    order = np.argsort(values)[::-1][:2]
    axes = vecs[:, order]
    for k in range(2):
        if axes[np.argmax(np.abs(axes[:, k])), k] < 0:
            axes[:, k] = -axes[:, k]
    ratio = values[order] / np.trace(centred.T @ centred)
    layout = centred @ axes
    print("pca ratio %.9f %.9f" % tuple(ratio))
    for row in (0, 1, 2, 999):
        print("pca row %d %s %.9f %.9f" % (row, words[row], layout[row, 0], layout[row, 1]))

    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    index = {w: i for i, w in enumerate(words)}

    def axis(plus, minus):
        d = unit[index[plus]] - unit[index[minus]]
        return d / np.linalg.norm(d)

    x, y = axis("he", "she"), axis("good", "bad")
    print("custom cosine %.9f" % (x @ y))
    for word in ("he", "she", "good", "bad", "king", "queen", "man", "woman"):
        u = unit[index[word]]
        print("custom %s %.9f %.9f" % (word, u @ x, u @ y))


if __name__ == "__main__":
    main()
