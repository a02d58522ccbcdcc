#!/usr/bin/python3
"""Makes the reference numbers of the evaluation pane tests (tests/ui/tst_evaluationpane and,
for the user files, tst_evaluationpanefiles).

Reads the gensim-trained fixture tests/data/gensim-demo-en-d50.txt with gensim 4.2 and writes
to tests/data/gensim-expected-evaluation.txt:

  analogy-oov <restrict> <section> <oov> <questions>     questions-words.txt, case-insensitive,
                                                          counted here in plain Python (gensim
                                                          only logs the total)
  analogy-cased <restrict> <section> <correct> <total>    evaluate_word_analogies(case_insensitive=False)
  analogy-user <restrict> <section> <correct> <total>     evaluate_word_analogies on the user file
  pairs <file> <restrict> <spearman> <pearson> <oov-percent>   evaluate_word_pairs

Run from the repository root:  /usr/bin/python3 bench/make_evaluation_fixture.py
"""
import sys

from gensim.models import KeyedVectors

VECTORS = "tests/data/gensim-demo-en-d50.txt"
QUESTIONS = "resources/questions-words.txt"
USER_QUESTIONS = "tests/data/evaluation/user-analogies.txt"
PAIR_FILES = ["resources/wordsim/EN-MEN-TR-3k.txt", "tests/data/evaluation/user-pairs.txt"]
EXPECTED = "tests/data/gensim-expected-evaluation.txt"
RESTRICT = 30000


def section_oov(kv, path, restrict_vocab):
    """Questions per section with a word outside the first restrict_vocab words (upper-cased)."""
    vocab = {k.upper() for k in kv.index_to_key[:restrict_vocab]}
    rows, name, oov, questions = [], None, 0, 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(": "):
                if name is not None:
                    rows.append((name, oov, questions))
                name, oov, questions = line.lstrip(": ").strip(), 0, 0
                continue
            words = line.split()
            if len(words) != 4:
                continue
            questions += 1
            oov += any(w.upper() not in vocab for w in words)
    rows.append((name, oov, questions))
    return rows


def analogy_rows(kv, path, tag, case_insensitive):
    out = []
    _, sections = kv.evaluate_word_analogies(path, restrict_vocab=RESTRICT,
                                             case_insensitive=case_insensitive)
    for s in sections:
        name = "total" if s["section"] == "Total accuracy" else s["section"]
        out.append(f"{tag} {RESTRICT} {name} {len(s['correct'])} "
                   f"{len(s['correct']) + len(s['incorrect'])}")
    return out


def main():
    kv = KeyedVectors.load_word2vec_format(VECTORS, binary=False)
    out = []
    for name, oov, questions in section_oov(kv, QUESTIONS, RESTRICT):
        out.append(f"analogy-oov {RESTRICT} {name} {oov} {questions}")
    out += analogy_rows(kv, QUESTIONS, "analogy-cased", False)
    out += analogy_rows(kv, USER_QUESTIONS, "analogy-user", True)
    for path in PAIR_FILES:
        pearson, spearman, oov_ratio = kv.evaluate_word_pairs(path, restrict_vocab=RESTRICT)
        out.append(f"pairs {path.split('/')[-1]} {RESTRICT} {spearman[0]:.9f} {pearson[0]:.9f} "
                   f"{oov_ratio:.9f}")
    with open(EXPECTED, "w", encoding="utf-8") as f:
        f.write("# gensim 4.2.0 answers on gensim-demo-en-d50.txt; made by "
                "bench/make_evaluation_fixture.py\n")
        f.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
