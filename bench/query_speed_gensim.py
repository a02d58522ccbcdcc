#!/usr/bin/python3
"""Exact top-10 neighbours: ewb (bench/query_speed.cpp) against gensim 4.2's most_similar on the
same 100,000 x 300 Gaussian vectors, interleaved round by round on one machine.

Usage: /usr/bin/python3 bench/query_speed_gensim.py VECTORS.f32 --ewb PATH/ewb_bench_query
                                                     [--rounds 3] [--rows 100000] [--dim 300]
VECTORS.f32 is written (seeded float32 Gaussian values, row-major) unless it already has the
right size. Each round runs the ewb bench, then gensim with one BLAS thread (CPU time is the fair
single-core figure) and gensim with OpenBLAS's default threads (its normal latency). The 200
query words are rows (i * 7919) mod ROWS, as in query_speed.cpp."""
import argparse
import os
import re
import subprocess
import sys
import time

import numpy as np


def gensim_worker(path, rows, dim):
    from gensim.models import KeyedVectors
    vectors = np.fromfile(path, dtype=np.float32).reshape(rows, dim)
    kv = KeyedVectors(dim)
    kv.add_vectors([str(i) for i in range(rows)], vectors)
    kv.fill_norms()
    kv.most_similar("0", topn=10)
    words = [str(i * 7919 % rows) for i in range(200)]
    wall, cpu = time.perf_counter(), time.process_time()
    for w in words:
        kv.most_similar(w, topn=10)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{wall / len(words) * 1000:.3f} {cpu / len(words) * 1000:.3f}")


def run_gensim(path, rows, dim, threads):
    env = dict(os.environ)
    env.pop("OPENBLAS_NUM_THREADS", None)
    if threads:
        env["OPENBLAS_NUM_THREADS"] = str(threads)
    out = subprocess.run([sys.executable, __file__, path, "--worker", "--rows", str(rows),
                          "--dim", str(dim)], env=env, check=True, capture_output=True, text=True)
    wall, cpu = out.stdout.split()
    return float(wall), float(cpu)


def run_ewb(binary, path, rows, dim):
    out = subprocess.run([binary, path, str(rows), str(dim)], check=True, capture_output=True,
                         text=True).stdout
    figures = {}
    for label, wall, cpu in re.findall(r"ewb (\S+)\s+\d+ x \d+: ([\d.]+) ms wall/query, "
                                       r"([\d.]+) ms CPU", out):
        figures[label] = (float(wall), float(cpu))
    return figures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("vectors")
    parser.add_argument("--ewb")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--dim", type=int, default=300)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        gensim_worker(args.vectors, args.rows, args.dim)
        return
    if not args.ewb:
        parser.error("--ewb is required")
    size = args.rows * args.dim * 4
    if not os.path.exists(args.vectors) or os.path.getsize(args.vectors) != size:
        rng = np.random.default_rng(1)
        rng.standard_normal((args.rows, args.dim), dtype=np.float32).tofile(args.vectors)
    for round_ in range(1, args.rounds + 1):
        load = os.getloadavg()[0]
        ewb = run_ewb(args.ewb, args.vectors, args.rows, args.dim)
        g1 = run_gensim(args.vectors, args.rows, args.dim, 1)
        gn = run_gensim(args.vectors, args.rows, args.dim, 0)
        print(f"round {round_} (load average {load:.1f}): gensim 1 BLAS thread "
              f"{g1[0]:.2f} ms wall / {g1[1]:.2f} ms CPU; default threads {gn[0]:.2f} ms wall")
        for label, (wall, cpu) in ewb.items():
            print(f"  ewb {label:15s} {wall:7.2f} ms wall {cpu:6.2f} ms CPU | CPU ratio "
                  f"{g1[1] / cpu:5.2f}x | wall ratio vs gensim default threads {gn[0] / wall:5.2f}x")


if __name__ == "__main__":
    main()
