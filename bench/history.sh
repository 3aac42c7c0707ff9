#!/usr/bin/env bash
# History benchmark, side by side on one clone of REPO with keys planted in new commits (so that
# attribution runs):
#   bench/history.sh REPO_PATH [--skip-log]
# Prints flora-keyscan history's time and peak RSS, the floor (git cat-file reading every object),
# and `git log -p --all -U0` (what diff-replaying scanners do). Targets: within 1.6x of the floor,
# 3x faster than git log -p, peak RSS under 300 MB.
set -euo pipefail
src=$(cd "${1:?usage: bench/history.sh REPO_PATH [--skip-log]}" && pwd)
here=$(cd "$(dirname "$0")/.." && pwd)
bin="$here/dist/bin.js"
[ -f "$bin" ] || (cd "$here" && npm run -s compile)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A local clone shares the object files by hard links: quick, and the source is never touched.
git clone -q --bare "$src" "$work/r.git"
cd "$work/r.git"
key() { printf 'sk_%s_%s' "$1" "$(head -c 200 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"; }
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid
GIT_INDEX_FILE="$work/index"; export GIT_INDEX_FILE
git read-tree HEAD
parent=$(git rev-parse HEAD)
for i in 1 2 3; do
  blob=$(printf 'FLORA_API_KEY=%s\n' "$(key live)" | git hash-object -w --stdin)
  git update-index --add --cacheinfo "100644,$blob,bench-leak-$i.env"
  parent=$(git commit-tree "$(git write-tree)" -p "$parent" -m "bench commit $i")
done
parent=$(git commit-tree "$(git write-tree)" -p "$parent" -m "message with $(key test)")
git update-ref refs/heads/bench-leaks "$parent"
unset GIT_INDEX_FILE

seconds() { local s; s=$(date +%s.%N); "$@" >/dev/null 2>"$work/err" || true; echo "$(date +%s.%N) - $s" | bc; }
echo "== $(git count-objects -v | awk '/in-pack/{print $2}') packed objects, $(git rev-list --all | wc -l) commits"
floor=$(seconds git cat-file --batch-all-objects --batch)
floor_unordered=$(seconds git cat-file --batch-all-objects --batch --unordered)
ours=$(seconds node "$bin" history --format json --output "$work/report.json" --debug)
rss=$(sed -n 's/^debug: peak RSS \([0-9]*\) MB$/\1/p' "$work/err")
found=$(node -e 'const r=require(process.argv[1]); console.log(r.findings.length + " findings, " + r.stats.uniqueSecrets + " secrets")' "$work/report.json")
echo "floor: git cat-file --batch-all-objects --batch  ${floor} s   (with --unordered, pack order: ${floor_unordered} s)"
echo "flora-keyscan history                          ${ours} s  ($(echo "scale=2; $ours / $floor" | bc)x the floor, $(echo "scale=2; $ours / $floor_unordered" | bc)x the pack-order floor; target <= 1.6x), peak RSS ${rss} MB (target < 300), $found"
if [ "${2:-}" != "--skip-log" ]; then
  log=$(seconds git log -p --all -U0)
  echo "git log -p --all -U0                           ${log} s  (flora-keyscan is $(echo "scale=1; $log / $ours" | bc)x faster, target >= 3x)"
fi
