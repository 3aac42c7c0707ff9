#!/usr/bin/env bash
# Scale benchmarks (issue 18), each side by side with its baseline:
#   bench/scale.sh SMALL_REPO LARGE_REPO
#   - history peak RSS (whole process, /usr/bin/time) on two repositories, and the growth in bytes
#     per additional object between them (target: <= 300 MB up to 1M objects, <= 40 B/object);
#   - a staged scan of 100k small files vs `git cat-file --batch` reading the same blobs (the floor;
#     target <= 5 s);
#   - a late key: history of LARGE_REPO with one key in an old commit in the last pack read vs the
#     same commit holding no key
#     (target: attribution adds <= 10%).
# Needs /usr/bin/time and hyperfine (Debian: time hyperfine). BASELINE_BIN=/other/dist/bin.js adds
# another build's figures to each comparison; SECTIONS="memory staged late" picks which to run.
set -euo pipefail
small=$(cd "${1:?usage: bench/scale.sh SMALL_REPO LARGE_REPO}" && pwd)
large=$(cd "${2:?usage: bench/scale.sh SMALL_REPO LARGE_REPO}" && pwd)
here=$(cd "$(dirname "$0")/.." && pwd)
bins=("$here/dist/bin.js")
[ -n "${BASELINE_BIN:-}" ] && bins+=("$BASELINE_BIN")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid

objects() { git -C "$1" cat-file --batch-all-objects --batch-check='%(objectname)' | wc -l; }
peak_kb_once() { /usr/bin/time -f '%M' node "$@" >/dev/null 2>"$work/time" || true; tail -1 "$work/time"; }
# The median of RUNS runs (default 3): a peak moves by several MB from run to run.
peak_kb() { for _ in $(seq 1 "${RUNS:-3}"); do peak_kb_once "$@"; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

want() { [[ " ${SECTIONS:-memory staged late} " == *" $1 "* ]]; }

if want memory; then
echo "== history peak RSS"
n_small=$(objects "$small"); n_large=$(objects "$large")
for bin in "${bins[@]}"; do
  a=$(peak_kb "$bin" history --quiet --format json "$small")
  b=$(peak_kb "$bin" history --quiet --format json "$large")
  node -e 'const [bin,ns,nl,a,b]=process.argv.slice(1); const mb=k=>(k/1024).toFixed(0)+" MB";
console.log(`${bin}\n  ${ns} objects: ${mb(a)}   ${nl} objects: ${mb(b)}   growth: ${((b-a)*1024/(nl-ns)).toFixed(0)} bytes/object (target <= 40)`)' \
    "$bin" "$n_small" "$n_large" "$a" "$b"
done

fi

if want staged; then
echo "== staged scan of 100k small files"
mkdir "$work/big" && cd "$work/big" && git init -q
node -e 'const fs=require("fs"); for(let d=0;d<100;d++){fs.mkdirSync("d"+d); for(let i=0;i<1000;i++) fs.writeFileSync(`d${d}/f${i}.txt`,`file ${d} ${i} some content\n`);}'
git add -A
git ls-files -s | awk '{print $2}' >"$work/ids"
cmds=("git cat-file --batch < $work/ids > /dev/null")
for bin in "${bins[@]}"; do cmds+=("node $bin staged --quiet"); done
hyperfine --warmup 1 --runs 3 -i "${cmds[@]}" 2>&1 | grep -E 'Benchmark|Time'
cd "$here"

fi

if want late; then
echo "== a late key: history of a clone of $large with one key in the last pack read"
git clone -q --bare "$large" "$work/base.git"
git -C "$work/base.git" repack -a -d -q
main=$(basename "$(ls "$work"/base.git/objects/pack/*.pack)")
key=$(printf 'sk_%s_%s' live "$(head -c 200 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)")
# The same commit in each (an old leak.env on a branch of its own), in a pack of its own whose name
# sorts after the main pack's, so that it is read last; in clean.git the value is not a key.
for name in clean late; do
  cp -r "$work/base.git" "$work/$name.git"
  value=from-the-environment
  [ "$name" = late ] && value=$key
  (
    cd "$work/$name.git"
    first=$(git rev-list --max-parents=0 HEAD | tail -1)
    for i in $(seq 1 200); do
      blob=$(printf 'FLORA_API_KEY=%s\n' "$value" | git hash-object -w --stdin)
      tree=$(printf '100644 blob %s\tleak.env\n' "$blob" | git mktree)
      commit=$(git commit-tree "$tree" -p "$first" -m "an old leak $i")
      pack=$(printf '%s\n%s\n%s\n' "$commit" "$tree" "$blob" | git pack-objects -q objects/pack/pack)
      [[ "pack-$pack.pack" > "$main" ]] && break
      rm objects/pack/pack-"$pack".*
    done
    git update-ref refs/heads/old-leak "$commit"
    git prune-packed
  )
done
cmds=()
for bin in "${bins[@]}"; do cmds+=("node $bin history --quiet $work/clean.git" "node $bin history --quiet $work/late.git"); done
hyperfine -N --warmup 1 --runs 3 -i "${cmds[@]}" 2>&1 | grep -E 'Benchmark|Time'
fi
