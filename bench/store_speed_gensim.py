#!/usr/bin/python3
"""Model store speed (issue 3), side by side and interleaved round by round on one machine:
`cat` of the raw vector bytes, ewb loading the same 100,000 x 300 model from its store, gensim
4.2's KeyedVectors.load_word2vec_format on the same vectors in word2vec binary, then ewb
importing a 1,000,000 x 300 word2vec binary file into a new store and gensim loading that file.

Usage: /usr/bin/python3 bench/store_speed_gensim.py DIR --ewb PATH/ewb_bench_store [--rounds 5]
DIR receives the test files (`ewb_bench_store make DIR`, about 2.6 GB) unless they exist. Every
file is read once before the first round, so all figures are with a warm page cache. Wall
times are per process (start to exit) except "ewb load", which is ModelStore::load on an open
database (the app opens its database once); CPU times are user + system of the process. Peak
RSS comes from wait4() of each child. Ratios > 1 mean ewb is faster."""
import argparse
import os
import statistics
import subprocess
import sys
import time


def gensim_worker(path):
    from gensim.models import KeyedVectors
    wall, cpu = time.perf_counter(), time.process_time()
    kv = KeyedVectors.load_word2vec_format(path, binary=True)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"gensim {wall * 1000:.2f} {cpu * 1000:.2f} {len(kv)}")


def run(cmd, discard=False):
    """Runs cmd (its output to /dev/null when discard); returns (wall s, CPU s, peak RSS MiB,
    stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL if discard else subprocess.PIPE,
                            text=True)
    out = "" if discard else proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{cmd} failed with {proc.returncode}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out


def timing(out, name):
    """The (wall s, CPU s) of a "name wall_ms cpu_ms" line."""
    for line in out.splitlines():
        parts = line.split()
        if parts and parts[0] == name:
            return float(parts[1]) / 1000, float(parts[2]) / 1000
    sys.exit(f"no '{name}' line in:\n{out}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--ewb")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        gensim_worker(args.dir)
        return
    if not args.ewb:
        parser.error("--ewb is required")
    files = {name: os.path.join(args.dir, name)
             for name in ("load.ewb", "load.f32", "load.bin", "import.bin")}
    if not all(os.path.exists(f) for f in files.values()):
        run([args.ewb, "make", args.dir])
    target = os.path.join(args.dir, "imported.ewb")
    gensim = [sys.executable, __file__, "--worker"]
    raw_mib = os.path.getsize(files["load.f32"]) / 2**20
    for f in files.values():
        run(["cat", f], discard=True)
    rows = []
    for round_ in range(1, args.rounds + 1):
        load_avg = os.getloadavg()[0]
        cat = run(["cat", files["load.f32"]], discard=True)
        ewb_proc = run([args.ewb, "load", files["load.ewb"]])
        ewb = timing(ewb_proc[3], "load")
        g100 = run(gensim + [files["load.bin"]])
        g100_in = timing(g100[3], "gensim")
        imp = run([args.ewb, "import", files["import.bin"], target])
        g1m = run(gensim + [files["import.bin"]])
        g1m_in = timing(g1m[3], "gensim")
        r = {
            "load_vs_cat": cat[0] / ewb[0],
            "load_vs_gensim": g100_in[0] / ewb[0],
            "load_proc_vs_gensim_proc": g100[0] / ewb_proc[0],
            "import_vs_gensim": g1m[0] / imp[0],
            "import_rss": imp[2],
        }
        rows.append(r)
        print(f"round {round_} (load average {load_avg:.1f})\n"
              f"  cat {raw_mib:.0f} MiB           {cat[0]*1000:8.1f} ms wall {cat[1]*1000:8.1f} ms CPU"
              f"\n  ewb load (in process)   {ewb[0]*1000:8.1f} ms wall {ewb[1]*1000:8.1f} ms CPU"
              f"  (whole process {ewb_proc[0]*1000:.1f} ms, {ewb_proc[2]:.0f} MiB)"
              f"\n  gensim load 100k       {g100_in[0]*1000:8.1f} ms wall {g100_in[1]*1000:8.1f} ms CPU"
              f"  (whole process {g100[0]*1000:.1f} ms)"
              f"\n  ewb import 1M           {imp[0]:8.2f} s wall  {imp[1]:8.2f} s CPU, peak RSS "
              f"{imp[2]:.0f} MiB"
              f"\n  gensim load 1M          {g1m[0]:8.2f} s wall  {g1m[1]:8.2f} s CPU, peak RSS "
              f"{g1m[2]:.0f} MiB (in process {g1m_in[0]:.2f} s)"
              f"\n  ratios: load/cat throughput {r['load_vs_cat']:.2f} (bar 0.5), gensim/ewb load "
              f"{r['load_vs_gensim']:.1f}x (bar 3), gensim/ewb 1M {r['import_vs_gensim']:.2f}x "
              f"(bar 1)", flush=True)
    print("median over rounds: " + ", ".join(
        f"{k} {statistics.median(r[k] for r in rows):.2f}" for k in rows[0]))
    for suffix in ("", "-wal", "-shm", ".lock"):
        if os.path.exists(target + suffix):
            os.remove(target + suffix)


if __name__ == "__main__":
    main()
