#!/usr/bin/env python3
"""t-SNE speed and quality: ours (bench/projection_speed.cpp, the core TsneProjection) against
scikit-learn's Barnes-Hut TSNE on the same vectors, side by side, interleaved over several rounds.
Both are timed from the vectors in memory to the finished layout (file loading excluded).

usage: projection_speed.py VECTORS --bench PATH/TO/ewb_bench_projection [--sizes 5000 20000]
                           [--rounds 2] [--perplexity 30] [--iterations 1000] [--threads 2]
                           [--no-sklearn]

VECTORS is a word2vec file (.bin binary, otherwise text); the N most frequent words (the first
N rows) are projected. Both tools use Euclidean input distances, perplexity P, the same number of
iterations, PCA initialisation, the automatic learning rate and 2 threads. Quality is the kNN
preservation: the share of each point's 10 nearest input neighbours that are also among its 10
nearest neighbours in the layout (exact search on both sides, by scikit-learn).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from gensim.models import KeyedVectors
from sklearn.manifold import TSNE
from sklearn.neighbors import NearestNeighbors


def knn_preservation(points, layout, k=10):
    high = NearestNeighbors(n_neighbors=k + 1, algorithm="brute").fit(points)
    low = NearestNeighbors(n_neighbors=k + 1).fit(layout)
    a = high.kneighbors(points, return_distance=False)[:, 1:]
    b = low.kneighbors(layout, return_distance=False)[:, 1:]
    return float(np.mean([len(set(x) & set(y)) / k for x, y in zip(a, b)]))


def run_ewb(args, size, out):
    command = [args.bench, args.vectors, str(size), out, str(args.perplexity), str(args.iterations),
               str(args.threads)]
    before = os.times()
    start = time.perf_counter()
    result = subprocess.run(command, check=True, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    inside = json.loads(result.stdout)["seconds"]
    layout = np.loadtxt(out, delimiter=",", skiprows=1)
    return wall, inside, cpu, layout


def run_sklearn(args, points):
    tsne = TSNE(n_components=2, perplexity=args.perplexity, n_iter=args.iterations, init="pca",
                learning_rate="auto", method="barnes_hut", angle=0.5, n_jobs=args.threads, random_state=1)
    before = os.times()
    start = time.perf_counter()
    layout = tsne.fit_transform(points)
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.user - before.user) + (after.system - before.system)
    return wall, cpu, layout


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vectors")
    parser.add_argument("--bench", required=True, help="the ewb_bench_projection executable")
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--perplexity", type=float, default=30.0)
    parser.add_argument("--iterations", type=int, default=1000)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--no-sklearn", action="store_true", help="time ewb alone (e.g. for 50,000 points)")
    args = parser.parse_args()

    vectors = KeyedVectors.load_word2vec_format(args.vectors, binary=args.vectors.endswith(".bin"))
    print("vectors: %d x %d; load average at start: %s" % (len(vectors), vectors.vector_size,
                                                          " ".join("%.1f" % x for x in os.getloadavg())))
    print("| points | round | ewb s (process incl. loading) | sklearn s | speed ewb / sklearn "
          "| CPU s ewb / sklearn | kNN preservation ewb / sklearn |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for round_ in range(1, args.rounds + 1):
            for size in args.sizes:
                points = vectors.vectors[:size].astype(np.float32)
                out = os.path.join(folder, "ewb-%d.csv" % size)
                # Alternate which tool goes first, so neither always meets the busier moment.
                order = ["ewb", "sklearn"] if round_ % 2 == 1 else ["sklearn", "ewb"]
                if args.no_sklearn:
                    order = ["ewb"]
                results = {}
                for tool in order:
                    if tool == "ewb":
                        results[tool] = run_ewb(args, size, out)
                    else:
                        results[tool] = run_sklearn(args, points)
                ewb_wall, ewb_inside, ewb_cpu, ewb_layout = results["ewb"]
                ewb_quality = knn_preservation(points, ewb_layout)
                if args.no_sklearn:
                    print("| %d | %d | %.1f (%.1f) | – | – | %.1f / – | %.3f / – |"
                          % (size, round_, ewb_inside, ewb_wall, ewb_cpu, ewb_quality))
                else:
                    sk_wall, sk_cpu, sk_layout = results["sklearn"]
                    sk_quality = knn_preservation(points, sk_layout)
                    print("| %d | %d | %.1f (%.1f) | %.1f | %.2f× | %.1f / %.1f | %.3f / %.3f |"
                          % (size, round_, ewb_inside, ewb_wall, sk_wall, sk_wall / ewb_inside, ewb_cpu, sk_cpu,
                             ewb_quality, sk_quality))
                sys.stdout.flush()
    print("load average at end: %s" % " ".join("%.1f" % x for x in os.getloadavg()))


if __name__ == "__main__":
    main()
