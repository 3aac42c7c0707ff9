#!/usr/bin/env bash
# Working-tree and staged-scan benchmarks, measured side by side with hyperfine.
#   bench/worktree.sh REPO_PATH
# Prints: worktree scan vs ripgrep on the same tree (target: within 5x), the same on a second tree, an
# npm install of a few large packages (NPM_PACKAGES; target: within 6x; needs npm and its registry),
# and a staged scan of 10 files vs a bare `node -e 0` start (target: within 1.5x).
# Needs hyperfine and rg (Debian: hyperfine ripgrep).
# BASELINE_BIN=/path/to/other/dist/bin.js adds that build's staged scan, run side by side.
set -euo pipefail
repo=$(cd "${1:?usage: bench/worktree.sh REPO_PATH}" && pwd)
here=$(cd "$(dirname "$0")/.." && pwd)
bin="$here/dist/bin.js"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for tool in hyperfine rg git node; do command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }; done
[ -f "$bin" ] || (cd "$here" && npm run -s compile)

mean() { node -e 'const r=require(process.argv[1]).results; console.log(r.map(x=>x.mean).join(" "))' "$1"; }

echo "== working tree of $repo ($(git -C "$repo" ls-files | wc -l) tracked files)"
# rg exits 1 when it finds nothing; both commands must be allowed to "fail" on findings.
hyperfine -N --warmup 2 --runs 10 -i --export-json "$out/wt.json" \
  "rg -c 'sk_(live|test)_[A-Za-z0-9]{16,}' $repo" \
  "node $bin --quiet $repo" \
  "node $bin --quiet --no-decode $repo" >/dev/null 2>&1
read -r rg fks fks_nodecode < <(mean "$out/wt.json")
node -e 'const [rg,f,n]=process.argv.slice(1).map(Number); const ms=x=>(x*1000).toFixed(0)+" ms";
console.log(`ripgrep ${ms(rg)}  flora-keyscan ${ms(f)} (${(f/rg).toFixed(2)}x, target <= 5x)  without decoding ${ms(n)} (decoding costs ${((f/n-1)*100).toFixed(1)}%, target < 15%)`)' "$rg" "$fks" "$fks_nodecode"

echo "== working tree of an npm install (a second, larger tree: ${NPM_PACKAGES:=typescript aws-sdk @babel/core eslint webpack rxjs lodash moment})"
if command -v npm >/dev/null; then
  nm="$out/npm-tree"
  mkdir "$nm"
  # Installed without running any package's scripts; a repository of its own with nothing ignored.
  (cd "$nm" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund --ignore-scripts $NPM_PACKAGES >/dev/null 2>&1 && git init -q . && : >.gitignore)
  echo "$(find "$nm/node_modules" -type f | wc -l) files, $(du -sh "$nm/node_modules" | cut -f1)"
  hyperfine -N --warmup 1 --runs 5 -i --export-json "$out/nm.json" \
    "rg --hidden -c 'sk_(live|test)_[A-Za-z0-9]{16,}' $nm" \
    "node $bin --quiet $nm" >/dev/null 2>&1
  read -r rg fks < <(mean "$out/nm.json")
  node -e 'const [rg,f]=process.argv.slice(1).map(Number); const ms=x=>(x*1000).toFixed(0)+" ms";
console.log(`ripgrep ${ms(rg)}  flora-keyscan ${ms(f)} (${(f/rg).toFixed(2)}x, target <= 6x)`)' "$rg" "$fks"
else
  echo "npm not found: skipped"
fi

echo "== staged scan of 10 files"
stage=$(mktemp -d)
git clone -q --depth 1 "file://$repo" "$stage/r" 2>/dev/null || git clone -q "$repo" "$stage/r"
( cd "$stage/r" && git ls-files | sed -n '191,200p' | while read -r f; do echo "// touched" >> "$f"; done && git add -A )
baseline=()
[ -n "${BASELINE_BIN:-}" ] && baseline=("node $BASELINE_BIN staged --quiet")
( cd "$stage/r" && hyperfine -N --warmup 3 --runs 40 -i --export-json "$out/st.json" "node -e 0" "node $bin staged --quiet" "${baseline[@]}" >/dev/null 2>&1 )
read -r bare staged before < <(mean "$out/st.json")
node -e 'const [b,s,p]=process.argv.slice(1).map(Number); const ms=x=>(x*1000).toFixed(0)+" ms";
console.log(`node -e 0 ${ms(b)}  staged scan ${ms(s)} (${(s/b).toFixed(2)}x, target <= 1.5x)` + (p ? `  baseline build ${ms(p)} (${(p/b).toFixed(2)}x)` : ""))' "$bare" "$staged" "${before:-0}"
rm -rf "$stage"
