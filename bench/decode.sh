#!/usr/bin/env bash
# What decoding costs, per repository: `flora-keyscan history` with and without decoding, and the
# working tree of each repository that has one, side by side with hyperfine.
#   bench/decode.sh REPO_PATH...
# Any clone works, bare or not (base64-dense histories: gitleaks' own repository, stripe-node; and
# git.git). Target: decoding costs at most 15% on each; both runs must report the same findings.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: bench/decode.sh REPO_PATH..." >&2; exit 2; }
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${FLORA_KEYSCAN_BIN:-$here/dist/bin.js}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for tool in hyperfine git node; do command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }; done
[ -f "$bin" ] || (cd "$here" && npm run -s compile)
runs=${RUNS:-3}

# Runs one command with and without --no-decode; prints both means, the cost, and whether findings agree.
compare() {
  local label=$1; shift
  hyperfine -N --warmup 1 --runs "$runs" -i --export-json "$out/h.json" \
    "node $bin $* --format json --output $out/with.json" \
    "node $bin $* --no-decode --format json --output $out/without.json" >/dev/null 2>&1
  node -e '
    const [h, a, b, label] = process.argv.slice(1);
    const results = require(h).results;
    const [w, n] = results.map((r) => r.median);
    // CPU time (user + system) moves less than wall time on a busy machine.
    const [wc, nc] = results.map((r) => r.user + r.system);
    const key = (f) => [f.secretSha256, f.line, f.column, f.provenance?.path ?? "", f.provenance?.commit ?? f.provenance?.blob ?? ""].join(" ");
    const keys = (file) => require(file).findings.map(key).sort().join("\n");
    const same = keys(a) === keys(b) ? "same findings" : "FINDINGS DIFFER";
    const cost = (a, b) => `${((a / b - 1) * 100).toFixed(1)}%`;
    console.log(`${label}: with decoding ${w.toFixed(2)} s, without ${n.toFixed(2)} s (wall, median): decoding costs ${cost(w, n)}; CPU ${wc.toFixed(2)} s vs ${nc.toFixed(2)} s: ${cost(wc, nc)} (target <= 15%); ${same}`);
  ' "$out/h.json" "$out/with.json" "$out/without.json" "$label"
}

for repo in "$@"; do
  repo=$(cd "$repo" && pwd)
  name=$(basename "$(dirname "$repo")")/$(basename "$repo")
  compare "history of $name" history "$repo"
  if [ "$(git -C "$repo" rev-parse --is-bare-repository)" = false ]; then
    compare "working tree of $name" "$repo"
  fi
done
