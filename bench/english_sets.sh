#!/usr/bin/env bash
# Every English dev set in one collect: news_fresh … news_fresh21, the dev and off-topic sets, and
# MultiHop-RAG's tune half (MH=holdout for the other), each asked once with refusal_policy=off.
# Each set gets its own home under HOMES (built on first use, reused after).
#
#   HOMES=/tmp/english-homes bash bench/english_sets.sh rows.jsonl
#   python bench/refusal_policy.py compare before.jsonl after.jsonl    # answered / refused per set
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: HOMES=<folder> bench/english_sets.sh OUT.jsonl}
H=${HOMES:?set HOMES to a folder for the homes of the sets}
export GRADIO_ANALYTICS_ENABLED=False HF_HUB_OFFLINE=1 ANONYMIZED_TELEMETRY=False
args=()
for n in "" 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21; do
  args+=(--news "fresh$n=$H/fresh$n:bench/news_fresh$n.json")
done
exec "${PYTHON:-.venv/bin/python}" bench/refusal_policy.py collect --out "$out" "${args[@]}" \
  --news "dev=$H/dev:bench/news_questions.json:dev" --news "offtopic_dev=$H/dev:bench/news_offtopic_dev.json" \
  --multihop "$H/mh" --multihop-half "${MH:-tune}"
