#!/usr/bin/python3
"""gensim 4.2's most_similar(word, topn=10) on a random 100,000 x 300 model: the reference for
bench/query_speed.cpp, in CPU time of one BLAS thread.
Run:  OPENBLAS_NUM_THREADS=1 /usr/bin/python3 bench/query_speed_gensim.py"""
import time

import numpy as np
from gensim.models import KeyedVectors

rng = np.random.default_rng(1)
kv = KeyedVectors(300)
kv.add_vectors([f"{i}" for i in range(100_000)], rng.standard_normal((100_000, 300), dtype=np.float32))
kv.fill_norms()
kv.most_similar("0", topn=10)
words = [f"{i}" for i in rng.integers(0, 100_000, 200)]
start = time.process_time()
for w in words:
    kv.most_similar(w, topn=10)
print(f"gensim most_similar topn=10 on 100000 x 300: {(time.process_time() - start) / len(words) * 1000:.3f} ms CPU/query")
