#!/bin/sh
# tokenize.sh — segmentation alone (tokenizer + sentence splitter, no
# models): tokens/s and sentences/s on generated news-like text, one core.
set -eu
BUILD=${BUILD:-build}
"$BUILD/tools/bench_segment" 20
