#!/usr/bin/env bash
# The step of the GitHub Action (action.yml): turns its inputs into one run of the flora-keyscan this
# action ships with (dist/bin.js beside action.yml: no install, no network), and exits as it does.
# Inputs arrive as environment variables (INPUT_*), never written into this script by `${{ }}`, so
# no input can become shell code; extra arguments are split on whitespace, never globbed or evaluated.
# Written for bash 3.2 too (macOS runners).
set -euo pipefail

# One line, whatever the input held: a line break could start a workflow command of its own.
one_line() { local text=$1; printf '%s' "${text//[$'\r\n']/ }"; }

fail() {
  printf '::error title=flora-keyscan::%s\n' "$(one_line "$1")"
  exit 2
}

command -v node >/dev/null 2>&1 ||
  fail 'Node.js 20 or later is needed and none is on PATH: add actions/setup-node (node-version: 20) before this step'
node_version=$(node --version)
node_major=${node_version#v}
node_major=${node_major%%.*}
case $node_major in
'' | *[!0-9]*) fail "cannot tell which Node.js this is (node --version says: $node_version)" ;;
esac
((node_major >= 20)) ||
  fail "Node.js $node_version is too old: flora-keyscan needs 20 or later (actions/setup-node with node-version: 20)"

[[ -n ${GITHUB_ACTION_PATH:-} ]] || fail 'GITHUB_ACTION_PATH is not set: this script is the step of action.yml'
bin="$GITHUB_ACTION_PATH/dist/bin.js"
[[ -f $bin ]] ||
  fail "this version of the action has no built dist/bin.js: use a release tag, not a branch"
# A runner checks the action out and installs nothing: dist/ must start without node_modules. A crash
# while loading would exit 1, which means "keys found"; this says what it is, with exit 2.
if ! version=$(node "$bin" --version 2>&1); then
  reason=$(printf '%s\n' "$version" | grep -m1 -E '^[A-Za-z]*Error' || printf '%s\n' "$version" | tail -n1)
  fail "flora-keyscan cannot start from $bin ($reason): this action's dist/ must be the self-contained build of a release"
fi

mode=${INPUT_MODE:-scan}
case $mode in
scan | history) ;;
*) fail "mode must be scan or history (got \"$mode\")" ;;
esac
args=("$mode")

# since is a history input: in scan mode its default (the pull request's base) does not apply.
since=${INPUT_SINCE:-}
if [[ $mode == history && -n $since ]]; then
  [[ $since != -* ]] || fail "since must name a revision, not an option (got \"$since\")"
  git rev-parse --verify --quiet "$since^{commit}" >/dev/null ||
    fail "since: $since is not a commit in this clone. Check out with actions/checkout's fetch-depth: 0 (a shallow clone has no base branch), or fetch it first"
  args+=("--since=$since")
fi

case ${INPUT_VERIFY:-false} in
true) args+=(--verify) ;;
false) ;;
*) fail "verify must be true or false (got \"$INPUT_VERIFY\")" ;;
esac

[[ -z ${INPUT_FAIL_ON:-} ]] || args+=("--fail-on=$INPUT_FAIL_ON")

sarif=${INPUT_SARIF:-}
if [[ -n $sarif ]]; then
  [[ $sarif != *[$'\r\n']* ]] || fail 'sarif: a path with a line break cannot be a step output'
  args+=(--format=sarif "--output=$sarif")
fi

extra=()
if [[ -n ${INPUT_ARGS:-} ]]; then
  read -r -d '' -a extra <<<"$INPUT_ARGS" || true
fi

printf 'flora-keyscan %s: %s\n' "$(one_line "$version")" "$(one_line "${args[*]}${extra[*]+ ${extra[*]}}")"
# flora-keyscan adds a findings= line once its report is written: how the step tells this run's
# SARIF file from one an earlier step left at the same path.
reports() {
  local n
  n=$(grep -c '^findings=' "$GITHUB_OUTPUT" 2>/dev/null) || true
  printf '%s' "${n:-0}"
}
[[ -z ${GITHUB_OUTPUT:-} ]] || reports_before=$(reports)
code=0
node "$bin" "${args[@]}" ${extra[@]+"${extra[@]}"} || code=$?

# findings and live-keys are written by flora-keyscan itself; the report's path once it is written.
if [[ -n ${GITHUB_OUTPUT:-} && -n $sarif ]] && (($(reports) > reports_before)); then
  printf 'sarif-file=%s\n' "$sarif" >>"$GITHUB_OUTPUT"
fi
exit "$code"
