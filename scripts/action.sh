#!/usr/bin/env bash
# The GitHub Action's step: a SARIF report for code scanning, then the text report in the log with the
# exit status of `rightscope check` (0 clean, 1 findings at --fail-on, 2 unreadable input).
# Runs locally too: RIGHTSCOPE_PATHS=draft.md bash scripts/action.sh
set -uo pipefail
paths=${RIGHTSCOPE_PATHS:-.}
fail_on=${RIGHTSCOPE_FAIL_ON:-error}
sarif=${RIGHTSCOPE_SARIF:-rightscope.sarif}
read -r -a extra <<< "${RIGHTSCOPE_ARGS:-}"
read -r -a targets <<< "$paths"
bin=${RIGHTSCOPE_BIN:-rightscope}

"$bin" check --format sarif --fail-on never "${extra[@]}" "${targets[@]}" > "$sarif"
sarif_status=$?
if [ "$sarif_status" -ge 2 ]; then
  echo "rightscope could not read some inputs; see the errors above" >&2
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"
fi
# In GitHub Actions, the problem matcher turns each risk line of the text report into an annotation.
if [ "${GITHUB_ACTIONS:-}" = "true" ]; then
  echo "::add-matcher::$(cd "$(dirname "$0")/.." && pwd)/.github/rightscope-problem-matcher.json"
fi
"$bin" check --color always --fail-on "$fail_on" "${extra[@]}" "${targets[@]}"
status=$?
if [ "${GITHUB_ACTIONS:-}" = "true" ]; then
  echo "::remove-matcher owner=rightscope::"
fi
exit "$status"
