#!/usr/bin/python3
"""Makes the umap-learn reference values of the UMAP tests (tests/data/umap-expected.txt).

Reference implementation: Debian's umap-learn 0.5.3 (package umap-learn). Writes

  curve <min_dist> <spread> <a> <b>           find_ab_params (scipy's curve_fit)
  fuzzy-size <points> <k> <edges>             the fuzzy set of the first POINTS words of
  rho <row> <value>                           tests/data/gensim-demo-en-d50.txt, cosine metric,
  sigma <row> <value>                         n_neighbors K (point itself included), on the exact
  rowsum <row> <sum of memberships>           neighbour lists computed here with numpy

The neighbour lists are computed here independently of the project's code (numpy, float64
cosine on float32 unit vectors, ties to the lower row) and handed to umap-learn's
fuzzy_simplicial_set as knn_indices / knn_dists.

Run from the repository root:  /usr/bin/python3 bench/make_umap_fixture.py
"""
import numpy as np
from umap.umap_ import find_ab_params, fuzzy_simplicial_set

VECTORS = "tests/data/gensim-demo-en-d50.txt"
EXPECTED = "tests/data/umap-expected.txt"
POINTS = 300
K = 15
CURVES = [(0.1, 1.0), (0.0, 1.0), (0.5, 1.0), (0.25, 2.0), (1.0, 1.0), (0.05, 0.5)]


def load(path, count):
    with open(path, encoding="utf-8") as f:
        f.readline()
        rows = [np.array(f.readline().split()[1:], dtype=np.float32) for _ in range(count)]
    return np.vstack(rows)


def main():
    out = ["# written by bench/make_umap_fixture.py with umap-learn 0.5.3"]
    for min_dist, spread in CURVES:
        a, b = find_ab_params(spread, min_dist)
        out.append(f"curve {min_dist!r} {spread!r} {a!r} {b!r}")

    x = load(VECTORS, POINTS)
    norms = np.linalg.norm(x.astype(np.float64), axis=1, keepdims=True)
    unit = (x.astype(np.float64) / norms).astype(np.float32).astype(np.float64)
    distances = np.maximum(0.0, 1.0 - unit @ unit.T)
    np.fill_diagonal(distances, -1.0)  # the point itself first, as umap-learn expects
    order = np.lexsort((np.tile(np.arange(POINTS), (POINTS, 1)), distances), axis=1)[:, :K]
    knn_dists = np.take_along_axis(distances, order, axis=1).astype(np.float32)
    knn_dists[:, 0] = 0.0
    graph, sigmas, rhos = fuzzy_simplicial_set(
        x, K, np.random.RandomState(0), "cosine",
        knn_indices=order.astype(np.int64), knn_dists=knn_dists)
    graph = graph.tocsr()
    out.append(f"fuzzy-size {POINTS} {K} {graph.nnz}")
    for i in range(POINTS):
        out.append(f"rho {i} {float(rhos[i])!r}")
        out.append(f"sigma {i} {float(sigmas[i])!r}")
        out.append(f"rowsum {i} {float(graph[i].sum())!r}")
    with open(EXPECTED, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
