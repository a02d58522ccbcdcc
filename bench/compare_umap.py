#!/usr/bin/python3
"""UMAP side by side: the workbench (ewb_bench_umap) and umap-learn on the same word vectors.

Takes the first POINTS vectors of a word2vec text file, projects them with both tools using the
same settings (cosine metric, n_neighbors, epochs, threads, spectral initialisation), alternating
which tool goes first in each round, and scores every layout with the same code: the mean
fraction of each word's 15 nearest neighbours in the input (exact cosine, numpy) that are also
among its 15 nearest neighbours in the 2D layout (scipy's cKDTree).

umap-learn is warmed up first (one small fit), so its numba compilation is not counted; each
time is the fit alone (umap-learn's fit_transform, the workbench's create + run, excluding file
reading), as wall time and as CPU time of the process (all its threads).

Usage:
  /usr/bin/python3 bench/compare_umap.py VECTORS.txt --ewb-bench build/release/bench/ewb_bench_umap
      [--points 20000] [--neighbors 15] [--epochs 200] [--threads 2] [--rounds 3]
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

import numpy as np
from scipy.spatial import cKDTree


def load_vectors(path, count):
    with open(path, encoding="utf-8", errors="replace") as f:
        total, dim = map(int, f.readline().split())
        count = min(count, total)
        data = np.empty((count, dim), dtype=np.float32)
        for i in range(count):
            data[i] = np.asarray(f.readline().rstrip().split(" ")[1:], dtype=np.float32)
    return data


def input_neighbours(x, k):
    unit = x.astype(np.float64)
    norms = np.linalg.norm(unit, axis=1, keepdims=True)
    unit /= np.where(norms > 0, norms, 1.0)
    result = np.empty((len(x), k), dtype=np.int64)
    for begin in range(0, len(x), 1024):
        sims = unit[begin:begin + 1024] @ unit.T
        rows = np.arange(sims.shape[0])
        sims[rows, begin + rows] = -np.inf
        part = np.argpartition(-sims, k, axis=1)[:, :k]
        result[begin:begin + 1024] = part
    return result


def preservation(truth, layout, k):
    _, found = cKDTree(layout).query(layout, k + 1)
    hits = 0
    for i in range(len(layout)):
        mine = [j for j in found[i] if j != i][:k]
        hits += len(set(mine) & set(truth[i]))
    return hits / (len(layout) * k)


def cpu_seconds(who):
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run_ewb(args, vectors_path, rows, dim):
    with tempfile.NamedTemporaryFile(suffix=".f64") as out:
        before = cpu_seconds(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        proc = subprocess.run([args.ewb_bench, vectors_path, str(rows), str(dim),
                               str(args.neighbors), str(args.epochs), str(args.threads),
                               str(args.seed), out.name], capture_output=True, text=True)
        wall = time.perf_counter() - started
        cpu = cpu_seconds(resource.RUSAGE_CHILDREN) - before
        if proc.returncode != 0:
            sys.exit(f"ewb_bench_umap failed: {proc.stderr}")
        stages = json.loads(proc.stdout)
        layout = np.fromfile(out.name, dtype=np.float64).reshape(rows, 2)
    # The process times include reading the vectors; the fit alone is total_ms.
    return stages["total_ms"] / 1000.0, cpu, wall, layout


def run_umap_learn(args, x):
    import umap
    model = umap.UMAP(n_neighbors=args.neighbors, n_epochs=args.epochs, metric="cosine",
                      init="spectral", n_jobs=args.threads)
    before = cpu_seconds(resource.RUSAGE_SELF)
    started = time.perf_counter()
    layout = model.fit_transform(x)
    wall = time.perf_counter() - started
    return wall, cpu_seconds(resource.RUSAGE_SELF) - before, layout.astype(np.float64)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("vectors")
    parser.add_argument("--ewb-bench", required=True)
    parser.add_argument("--points", type=int, default=20000)
    parser.add_argument("--neighbors", type=int, default=15)
    parser.add_argument("--epochs", type=int, default=200)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    os.environ["NUMBA_NUM_THREADS"] = str(args.threads)

    x = load_vectors(args.vectors, args.points)
    rows, dim = x.shape
    truth = input_neighbours(x, 15)
    import umap
    umap.UMAP(n_neighbors=args.neighbors, n_epochs=20, metric="cosine").fit_transform(x[:5000])

    with tempfile.NamedTemporaryFile(suffix=".f32") as vectors:
        x.tofile(vectors.name)
        print(f"{rows} points x {dim}, n_neighbors {args.neighbors}, epochs {args.epochs}, "
              f"threads {args.threads}")
        print("round | first | ewb fit s | umap-learn fit s | wall ratio | CPU ratio | "
              "15-NN ewb | 15-NN umap-learn | load avg")
        for r in range(args.rounds):
            order = ["ewb", "umap"] if r % 2 == 0 else ["umap", "ewb"]
            results = {}
            for tool in order:
                if tool == "ewb":
                    wall, cpu, _, layout = run_ewb(args, vectors.name, rows, dim)
                else:
                    wall, cpu, layout = run_umap_learn(args, x)
                results[tool] = (wall, cpu, preservation(truth, layout, 15))
            e, u = results["ewb"], results["umap"]
            print(f"{r + 1} | {order[0]} | {e[0]:.2f} | {u[0]:.2f} | {u[0] / e[0]:.2f}x | "
                  f"{u[1] / e[1]:.2f}x | {e[2]:.3f} | {u[2]:.3f} | "
                  f"{os.getloadavg()[0]:.1f}", flush=True)


if __name__ == "__main__":
    main()
