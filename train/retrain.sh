#!/usr/bin/env bash
# Rebuilds the embedded category model from the labelled training chats in the repository:
# train/ (rendered by train/render.py) and tests/corpus/train/ when present. Never the held-out part.
# The test shipped_model_is_what_train_learns_from_the_training_chats (tests/cli/learning.rs) lists
# the same files and fails when data/category_model.tsv is not what this script writes.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
target=$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
files=(train/libchat.csv train/h3lp.csv train/questionpoint.json train/tickets.jsonl)
if [ -d tests/corpus/train ]; then
    while IFS= read -r f; do files+=("$f"); done < <(find tests/corpus/train -type f \( -name '*.csv' -o -name '*.json' -o -name '*.jsonl' -o -name '*.tsv' -o -name '*.txt' \) ! -name '*.labels.csv' | sort)
fi
"$target/release/aun" train "${files[@]}" -o data/category_model.tsv "$@"
cargo build --release --quiet
