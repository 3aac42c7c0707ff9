#!/usr/bin/env bash
# Audit benchmark: 20 local repositories cut from one (REPO's default branch at 20 different depths,
# every fourth with a key planted in a new commit), audited at once, against the same repositories'
# single `flora-keyscan history` runs:
#   bench/audit.sh REPO_PATH [JOBS]
# Prints the sum of the history runs, that sum divided by --jobs (the ideal), the cold audit (mirrors
# cloned) and the warm one (mirrors fetched, nothing new; each is scanned whole again: no object cache yet).
set -euo pipefail
src=$(cd "${1:?usage: bench/audit.sh REPO_PATH [JOBS]}" && pwd)
jobs=${2:-$(nproc)}
here=$(cd "$(dirname "$0")/.." && pwd)
bin="$here/dist/bin.js"
[ -f "$bin" ] || (cd "$here" && npm run -s compile)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid
key() { printf 'sk_live_%s' "$(head -c 200 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"; }

git clone -q --bare --single-branch "$src" "$work/all.git"
commits=$(git -C "$work/all.git" rev-list --first-parent HEAD | wc -l)
step=$((commits / 21))
for i in $(seq -w 1 20); do
  rev=$(git -C "$work/all.git" rev-parse "HEAD~$(((10#$i - 1) * step))")
  if ((10#$i % 4 == 0)); then
    blob=$(printf 'FLORA_API_KEY=%s\n' "$(key)" | git -C "$work/all.git" hash-object -w --stdin)
    tree=$(printf '100644 blob %s\tbench-leak.env\n' "$blob" | git -C "$work/all.git" mktree)
    rev=$(git -C "$work/all.git" commit-tree "$tree" -p "$rev" -m "bench leak $i")
  fi
  git -C "$work/all.git" update-ref "refs/heads/b$i" "$rev"
  git init -q --bare "$work/r$i.git"
  git -C "$work/r$i.git" fetch -q "$work/all.git" "refs/heads/b$i:refs/heads/main"
done

seconds() { local s; s=$(date +%s.%N); "$@" >/dev/null 2>>"$work/err" || true; echo "$(date +%s.%N) - $s" | bc; }
sum=0
for i in $(seq -w 1 20); do
  t=$(seconds node "$bin" history --format json --output "$work/h$i.json" "$work/r$i.git")
  sum=$(echo "$sum + $t" | bc)
done
echo "== 20 repositories from $(basename "$src"): $(git -C "$work/all.git" rev-list HEAD | wc -l) commits at the deepest, $jobs jobs"
echo "sum of 20 history runs: ${sum} s; divided by $jobs jobs: $(echo "scale=2; $sum / $jobs" | bc) s"
repos=("$work"/r*.git)
cold=$(seconds node "$bin" audit "${repos[@]}" --cache "$work/cache" --jobs "$jobs" --format json --output "$work/audit.json")
warm=$(seconds node "$bin" audit "${repos[@]}" --cache "$work/cache" --jobs "$jobs" --format json --output "$work/audit2.json")
echo "audit, mirrors cloned: ${cold} s; again, mirrors fetched (nothing new): ${warm} s"
node -e 'const r=require(process.argv[1]); console.log(JSON.stringify(r.summary))' "$work/audit.json"
