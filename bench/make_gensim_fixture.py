#!/usr/bin/python3
"""Makes the gensim agreement fixture of the model and eval tests.

Trains a small CBOW model with gensim 4.2 on resources/demo-corpus-en.txt, keeps the most
frequent words, saves them with KeyedVectors.save_word2vec_format as text, reloads that file
(so the expected numbers are computed from exactly the floats a reader of the file sees) and
writes gensim's own answers to tests/data/gensim-expected.txt:

  analogy <method> <restrict> <section> <correct> <total>   (section "oov" holds oov and total)
  pairs <file> <restrict> <spearman> <pearson> <oov-percent> <used> <oov>
  neighbours <word> <k> <word1> <score1> ...                (most_similar)
  analogy-top <a> <b> <c> <method> <word1> <score1> ...     (most_similar / most_similar_cosmul)
  doesnt-match <answer> <word1> <word2> ...

Run from the repository root:  PYTHONHASHSEED=0 /usr/bin/python3 bench/make_gensim_fixture.py
"""
import itertools
import re
import sys

from gensim.models import KeyedVectors, Word2Vec

CORPUS = "resources/demo-corpus-en.txt"
QUESTIONS = "resources/questions-words.txt"
PAIR_FILES = ["resources/wordsim/wordsim353.tsv", "resources/wordsim/simlex999.txt"]
VECTORS = "tests/data/gensim-demo-en-d50.txt"
EXPECTED = "tests/data/gensim-expected.txt"
KEEP_WORDS = 6000
RESTRICTS = [30000, 2000]


def sentences():
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            tokens = re.findall(r"[a-z]+", line.lower())
            if tokens:
                yield tokens


def evaluate_cosmul(kv, path, restrict_vocab):
    """gensim's evaluate_word_analogies loop with most_similar_cosmul as the predictor
    (gensim 4.2 accepts similarity_function but always calls most_similar)."""
    ok_vocab = {k.upper(): kv.get_index(k) for k in reversed(kv.index_to_key[:restrict_vocab])}
    sections, section, oov, questions = [], None, 0, 0
    with open(path, encoding="utf-8") as fin:
        for line in fin:
            if line.startswith(": "):
                if section:
                    sections.append(section)
                section = {"section": line.lstrip(": ").strip(), "correct": 0, "total": 0}
                continue
            try:
                a, b, c, expected = [w.upper() for w in line.split()]
            except ValueError:
                continue
            questions += 1
            if any(w not in ok_vocab for w in (a, b, c, expected)):
                oov += 1
                continue
            original = kv.key_to_index
            kv.key_to_index = ok_vocab
            sims = kv.most_similar_cosmul(positive=[b, c], negative=[a], topn=5)
            kv.key_to_index = original
            predicted = None
            for word, _ in sims:
                predicted = word.upper()
                if predicted in ok_vocab and predicted not in {a, b, c}:
                    break
            section["total"] += 1
            section["correct"] += int(predicted == expected)
    sections.append(section)
    return sections, oov, questions


def main():
    model = Word2Vec(sentences=list(sentences()), sg=1, vector_size=50, min_count=5, epochs=5, seed=1,
                     workers=1)
    keys = model.wv.index_to_key[:KEEP_WORDS]
    small = KeyedVectors(50)
    small.add_vectors(keys, model.wv.vectors[:len(keys)])
    small.save_word2vec_format(VECTORS, binary=False)

    kv = KeyedVectors.load_word2vec_format(VECTORS, binary=False)
    out = []
    for restrict in RESTRICTS:
        _, sections = kv.evaluate_word_analogies(QUESTIONS, restrict_vocab=restrict)
        for s in sections:
            name = "total" if s["section"] == "Total accuracy" else s["section"]
            out.append(f"analogy 3cosadd {restrict} {name} {len(s['correct'])} "
                       f"{len(s['correct']) + len(s['incorrect'])}")
    sections, oov, questions = evaluate_cosmul(kv, QUESTIONS, 30000)
    for s in sections:
        out.append(f"analogy 3cosmul 30000 {s['section']} {s['correct']} {s['total']}")
    out.append(f"analogy 3cosmul 30000 total {sum(s['correct'] for s in sections)} "
               f"{sum(s['total'] for s in sections)}")
    out.append(f"analogy-oov 30000 {oov} {questions}")

    for path in PAIR_FILES:
        for restrict in RESTRICTS:
            pearson, spearman, oov_ratio = kv.evaluate_word_pairs(path, restrict_vocab=restrict)
            name = path.split("/")[-1]
            out.append(f"pairs {name} {restrict} {spearman[0]:.9f} {pearson[0]:.9f} "
                       f"{oov_ratio:.9f}")

    for word in ["king", "house", "said", "london"]:
        sims = kv.most_similar(word, topn=10)
        out.append(f"neighbours {word} 10 " + " ".join(f"{w} {s:.7f}" for w, s in sims))
    for a, b, c in [("man", "king", "woman"), ("he", "his", "she"), ("good", "better", "bad")]:
        sims = kv.most_similar(positive=[b, c], negative=[a], topn=5)
        out.append(f"analogy-top {a} {b} {c} 3cosadd " + " ".join(f"{w} {s:.7f}" for w, s in sims))
        sims = kv.most_similar_cosmul(positive=[b, c], negative=[a], topn=5)
        out.append(f"analogy-top {a} {b} {c} 3cosmul " + " ".join(f"{w} {s:.7f}" for w, s in sims))
    for words in [["breakfast", "dinner", "lunch", "horse"], ["red", "green", "blue", "king"]]:
        out.append(f"doesnt-match {kv.doesnt_match(words)} " + " ".join(words))

    with open(EXPECTED, "w", encoding="utf-8") as f:
        f.write("# gensim 4.2.0 answers on gensim-demo-en-d50.txt; made by bench/make_gensim_fixture.py\n")
        f.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
