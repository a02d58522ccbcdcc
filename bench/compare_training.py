#!/usr/bin/python3
"""Train gensim 4.2 and ewb on the same tokens with the same settings, side by side in one run.

usage: compare_training.py CORPUS(.txt|.xz) --ewb build/release/app/cli/ewb
           [--anchors DIR] [--arch skipgram|cbow|both] [--epochs N] [--rounds N] [--quality]

The corpus is first normalised with the anchor script (lower-case a-z tokens, 1,000 per line) so
that both tools read identical input. Each round runs gensim and ewb in turn (the order swaps
every round, the machine is noisy); the script prints raw words/s of each, their ratio, peak RSS
of each process, and, with --quality, analogy and word-similarity scores of both models from one
evaluator (gensim's evaluate_word_analogies / evaluate_word_pairs via the anchor eval script).
Anchor scripts default to ../shared/bench beside the checkout.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PY = '/usr/bin/python3'


def run_with_rss(cmd):
    """Runs cmd; returns (stdout, peak RSS in MiB of that process, from os.wait4)."""
    with tempfile.TemporaryFile(mode='w+') as out, tempfile.TemporaryFile(mode='w+') as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit('failed: %s\n%s' % (' '.join(cmd), err.read()))
        return out.read(), usage.ru_maxrss / 1024.0


def last_json(text):
    for line in reversed(text.strip().splitlines()):
        line = line.strip()
        if line.startswith('{'):
            return json.loads(line)
    raise ValueError('no JSON line in output:\n' + text)


def train_gensim(a, corpus, arch, out):
    text, rss = run_with_rss([PY, os.path.join(a.anchors, 'gensim_train.py'), corpus, out,
                              '--arch', arch, '--threads', str(a.threads), '--epochs', str(a.epochs)])
    return last_json(text)['raw_words_per_s'], rss


def train_ewb(a, corpus, arch, out):
    alpha = '0.025' if arch == 'skipgram' else '0.05'
    text, rss = run_with_rss([a.ewb, 'train', corpus, '--tokenizer', 'whitespace', '--keep-case',
                              '--arch', arch, '--dim', '100', '--window', '5', '--negative', '5',
                              '--sample', '1e-3', '--min-count', '5', '--alpha', alpha,
                              '--epochs', str(a.epochs), '--threads', str(a.threads),
                              '--seed', '1', '--output', out, '--no-save', '--json'])
    return last_json(text)['words_per_s'], rss


def evaluate(a, vectors):
    text, _ = run_with_rss([PY, os.path.join(a.anchors, 'eval_vectors.py'), vectors])
    return last_json(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('corpus')
    ap.add_argument('--ewb', required=True)
    ap.add_argument('--anchors', default=os.path.normpath(os.path.join(HERE, '..', '..', 'shared', 'bench')))
    ap.add_argument('--arch', default='both', choices=['skipgram', 'cbow', 'both'])
    ap.add_argument('--epochs', type=int, default=1)
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--rounds', type=int, default=2)
    ap.add_argument('--quality', action='store_true', help='also evaluate both models')
    ap.add_argument('--work', default=tempfile.gettempdir())
    a = ap.parse_args()

    tokens = os.path.join(a.work, 'ewb-bench-%s.tok' % os.path.basename(a.corpus).split('.')[0])
    if not os.path.exists(tokens):
        subprocess.run([PY, os.path.join(a.anchors, 'normalize_corpus.py'), a.corpus, tokens], check=True)

    archs = ['skipgram', 'cbow'] if a.arch == 'both' else [a.arch]
    report = {'corpus': os.path.basename(a.corpus), 'epochs': a.epochs, 'threads': a.threads}
    for arch in archs:
        gs_vec = os.path.join(a.work, 'ewb-bench-gensim-%s.vec' % arch)
        ewb_vec = os.path.join(a.work, 'ewb-bench-ewb-%s.vec' % arch)
        gs, ew = [], []
        for r in range(a.rounds):
            order = [('gensim', train_gensim), ('ewb', train_ewb)]
            if r % 2:
                order.reverse()
            for name, fn in order:
                wps, rss = fn(a, tokens, arch, gs_vec if name == 'gensim' else ewb_vec)
                (gs if name == 'gensim' else ew).append((wps, rss))
                print('%-8s %-6s round %d: %10.0f words/s, peak RSS %7.1f MiB' % (arch, name, r + 1, wps, rss),
                      file=sys.stderr)
        gs_wps = statistics.median(w for w, _ in gs)
        ew_wps = statistics.median(w for w, _ in ew)
        entry = {'gensim_words_per_s': round(gs_wps), 'ewb_words_per_s': round(ew_wps),
                 'speed_ratio': round(ew_wps / gs_wps, 2),
                 'gensim_peak_rss_mib': round(max(r for _, r in gs), 1),
                 'ewb_peak_rss_mib': round(max(r for _, r in ew), 1)}
        if a.quality:
            entry['gensim_eval'] = evaluate(a, gs_vec)
            entry['ewb_eval'] = evaluate(a, ewb_vec)
        report[arch] = entry
    print(json.dumps(report, indent=2))


if __name__ == '__main__':
    main()
