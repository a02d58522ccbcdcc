#!/bin/sh
# Seed spread of CBOW quality (issue 2): trains gensim 4.2 (the anchor script, 2 worker
# threads, so each run differs by thread scheduling) and ewb (seeds 1..N) with the same
# settings on the same normalised tokens, 5 epochs, alternating, and scores every model with
# the anchor evaluator (analogy accuracy at restrict_vocab 30000, WS-353 and SimLex-999 rho).
#
# usage: bench/cbow_seed_spread.sh EWB TOKENS [RUNS] [ANCHORS]
#   EWB      the ewb executable; TOKENS the corpus after ../shared/bench/normalize_corpus.py
#   RUNS     runs of each tool (default 3); ANCHORS the anchor scripts (default ../shared/bench)
set -eu
if [ $# -lt 2 ]; then
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 64
fi
EWB=$1
TOKENS=$2
RUNS=${3:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
ANCHORS=${4:-$HERE/../../shared/bench}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

run=1
while [ "$run" -le "$RUNS" ]; do
    /usr/bin/python3 "$ANCHORS/gensim_train.py" "$TOKENS" "$WORK/gensim.vec" --arch cbow \
        --threads 2 --epochs 5 >/dev/null
    echo "gensim run $run $(/usr/bin/python3 "$ANCHORS/eval_vectors.py" "$WORK/gensim.vec" | tail -1)"
    "$EWB" train "$TOKENS" --tokenizer whitespace --arch cbow --dim 100 --window 5 --negative 5 \
        --sample 1e-3 --min-count 5 --alpha 0.05 --epochs 5 --threads 2 --seed "$run" \
        --output "$WORK/ewb.vec" --no-save >/dev/null 2>&1
    echo "ewb seed $run $(/usr/bin/python3 "$ANCHORS/eval_vectors.py" "$WORK/ewb.vec" | tail -1)"
    run=$((run + 1))
done
