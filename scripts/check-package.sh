#!/usr/bin/env bash
# Checks that every published crate packages: `cargo package` for the workspace (rightscope-a11y is a
# test harness with `publish = false`), then each .crate must hold its README.md and both licence files.
# --no-verify: verifying builds each crate against the registry, where unpublished siblings are missing,
# and it would compile the whole workspace a second time. Packaging still resolves every dependency.
# Usage: scripts/check-package.sh [--offline]
set -euo pipefail
cd "$(dirname "$0")/.."

target=${CARGO_TARGET_DIR:-target}
rm -rf "$target/package"
mkdir -p "$target"
start=$(date +%s)
cargo package --workspace --exclude rightscope-a11y --no-verify --allow-dirty "$@" >"$target/check-package.log" 2>&1 || {
  cat "$target/check-package.log" >&2
  echo "check-package: cargo package failed" >&2
  exit 1
}

status=0
count=0
for manifest in crates/*/Cargo.toml; do
  crate=$(basename "$(dirname "$manifest")")
  if grep -q '^publish = false' "$manifest"; then
    continue
  fi
  file=$(ls "$target/package/$crate"-*.crate 2>/dev/null | head -1 || true)
  if [ -z "$file" ]; then
    echo "check-package: no .crate for $crate in $target/package" >&2
    status=1
    continue
  fi
  listing=$(tar -tzf "$file")
  for needed in README.md LICENSE-MIT LICENSE-APACHE Cargo.toml; do
    if ! grep -qx "[^/]*/$needed" <<<"$listing"; then
      echo "check-package: $file lacks $needed" >&2
      status=1
    fi
  done
  # A published manifest must not depend on a crate by path alone.
  if tar -xOzf "$file" --wildcards '*/Cargo.toml' | grep -q 'path = "\.\.'; then
    echo "check-package: $file still has a path dependency" >&2
    status=1
  fi
  count=$((count + 1))
done
echo "check-package: $count crates packaged in $(( $(date +%s) - start ))s, README and licences present: $([ $status = 0 ] && echo yes || echo NO)"
exit $status
