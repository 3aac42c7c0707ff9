#!/usr/bin/env bash
# Installs flora-keyscan the ways people install scanners, from a clone of this repository's HEAD
# (what a user gets: committed files only), into temporary folders, and runs each:
#   npm install -D <git URL>, npm install -D <tarball>, npm install -g <git URL> (--prefix),
#   npx from a tarball, and the pre-commit framework blocking a commit.
# Needs the npm registry (for our dependencies) and, for the last, Debian's pre-commit.
# Run by .ci/run after npm test; locally: npm run test:install.
set -euo pipefail

here="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d /tmp/fks-install.XXXXXX)"
trap 'rm -rf "$work"' EXIT
# A HOME of its own (git identity for the test commits), npm's cache kept.
export npm_config_cache="${npm_config_cache:-$HOME/.npm}"
export GIT_CONFIG_NOSYSTEM=1 HOME="$work/home"
mkdir -p "$HOME"
git config --global user.name "Install Test"
git config --global user.email "install@example.invalid"
git config --global init.defaultBranch main
quiet_npm() { npm --no-audit --no-fund --loglevel=warn "$@"; }
fail() { echo "install check FAILED: $*" >&2; exit 1; }
step() { echo "== $*"; }

# A key built at run time, never written in this file.
key="sk_""live_$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"

git clone -q "$here" "$work/src"
rev="$(git -C "$work/src" rev-parse HEAD)"
url="git+file://$work/src#$rev"
(cd "$work/src" && quiet_npm pack --silent --pack-destination "$work" >/dev/null)
tarball="$(ls "$work"/flora-keyscan-*.tgz)"

step "the tarball holds what runs, not tests"
listing="$(tar -tzf "$tarball")"
for wanted in package/dist/bin.js package/dist/index.js package/dist/index.d.ts package/rules/flora.json package/LICENSE package/README.md; do
  grep -qx "$wanted" <<<"$listing" || fail "$wanted missing from the tarball"
done
if grep -q '^package/test/' <<<"$listing"; then fail "tests in the tarball"; fi

step "npm publish --dry-run is clean"
log="$(cd "$work/src" && npm publish --dry-run 2>&1)" || fail "npm publish --dry-run: $log"
# Only the login notice may warn: a dry run needs no account.
if grep 'npm warn' <<<"$log" | grep -v 'requires you to be logged in'; then fail "publish warnings"; fi

step "the library imports, with its types, from the tarball"
lib="$work/lib-use"
mkdir -p "$lib" && (cd "$lib" && quiet_npm init -y >/dev/null && quiet_npm install "$tarball" >/dev/null)
(cd "$lib" && node --input-type=module -e "
  const k = await import('flora-keyscan');
  if (typeof k.loadRules !== 'function') throw new Error('no loadRules export');
  if (k.loadRules().length < 2) throw new Error('no shipped rules');
") || fail "importing the library"
[ -f "$lib/node_modules/flora-keyscan/dist/index.d.ts" ] || fail "no types"

project() { # a project with a key in a file
  local dir="$work/$1"
  mkdir -p "$dir" && git -C "$dir" init -q
  (cd "$dir" && quiet_npm init -y >/dev/null)
  printf 'FLORA_API_KEY=%s\n' "$key" >"$dir/app.env"
  echo "$dir"
}
expect_blocks() { # runs a scan, expects exit 1 and the redacted key, never the key
  local out code=0
  out="$("$@" 2>&1)" || code=$?
  [ "$code" = 1 ] || fail "$* exited $code: $out"
  grep -q "sk_live_" <<<"$out" || fail "$*: no finding shown"
  if grep -qF "$key" <<<"$out"; then fail "$*: printed the full key"; fi
}

for way in "git-url:$url" "tarball:$tarball"; do
  step "npm install -D from the ${way%%:*}"
  dir="$(project "dev-${way%%:*}")"
  log="$(cd "$dir" && quiet_npm install -D "${way#*:}" 2>&1)" || fail "npm install -D: $log"
  if grep -qi "install-scripts\|prepare" <<<"$log"; then fail "install warned: $log"; fi
  (cd "$dir" && npx --no-install flora-keyscan --version) || fail "npx in the project"
  expect_blocks bash -c "cd '$dir' && npx --no-install flora-keyscan"
  (cd "$dir" && npx --no-install flora-keyscan install) | grep -q "node_modules/.bin/flora-keyscan" \
    || fail "install does not say it runs the project's copy"
done

step "npm install -g from the git URL (--prefix)"
log="$(quiet_npm install -g --prefix "$work/global" "$url" 2>&1)" || fail "npm install -g: $log"
"$work/global/bin/flora-keyscan" --version || fail "global --version"
dir="$(project global-use)"
expect_blocks bash -c "cd '$dir' && '$work/global/bin/flora-keyscan' app.env"

step "npx from the tarball"
dir="$(project npx-use)"
expect_blocks bash -c "cd '$dir' && npx --yes --package '$tarball' flora-keyscan app.env"

if command -v pre-commit >/dev/null 2>&1; then
  step "the pre-commit framework, from .pre-commit-hooks.yaml at $rev"
  dir="$work/framework"
  mkdir -p "$dir" && git -C "$dir" init -q
  cat >"$dir/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $work/src
    rev: $rev
    hooks:
      - id: flora-keyscan
YAML
  (cd "$dir" && git add .pre-commit-config.yaml && git commit -qm "pre-commit config" && PRE_COMMIT_HOME="$work/pre-commit" pre-commit install >/dev/null)
  printf 'FLORA_API_KEY=%s\n' "$key" >"$dir/app.env"
  git -C "$dir" add app.env
  out="$(cd "$dir" && PRE_COMMIT_HOME="$work/pre-commit" git commit -qm "add a key" 2>&1)" && fail "the commit with a key went through: $out"
  grep -q "sk_live_" <<<"$out" || fail "pre-commit blocked without our report: $out"
  if grep -qF "$key" <<<"$out"; then fail "pre-commit printed the full key"; fi
  printf 'FLORA_API_KEY=\n' >"$dir/app.env"
  git -C "$dir" add app.env
  (cd "$dir" && PRE_COMMIT_HOME="$work/pre-commit" git commit -qm "no key") || fail "a clean commit was blocked"
else
  echo "pre-commit is not installed: the framework check is skipped (apt-get install pre-commit)" >&2
  [ -z "${CI_REQUIRE_PRE_COMMIT:-}" ] || fail "pre-commit required"
fi
echo "install check: every way works"
