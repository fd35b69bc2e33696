#!/usr/bin/env bash
# Installs what the accessibility audit harness needs, only when missing: Debian's chromium, nodejs and npm,
# then the pinned npm packages (axe-core, puppeteer-core) from js/package-lock.json. Safe to run again.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

need_apt=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "rightscope-a11y: need ${need_apt[*]}: run as root, or: sudo apt-get install -y ${need_apt[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q "${need_apt[@]}"
fi

# npm ci only when node_modules is missing or older than the lock file (it deletes and reinstalls otherwise).
js="$here/js"
stamp="$js/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$js/package-lock.json" -nt "$stamp" ] \
  || [ ! -f "$js/node_modules/axe-core/axe.min.js" ] || [ ! -f "$js/node_modules/puppeteer-core/package.json" ]; then
  # PUPPETEER_SKIP_DOWNLOAD: puppeteer-core never downloads a browser, but be explicit; the system chromium is used.
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix "$js" --no-audit --no-fund
fi
echo "rightscope-a11y: chromium $(chromium --version 2>/dev/null | sed -n 's/^Chromium \([0-9.]*\).*/\1/p'), node $(node --version), axe-core $(node -p "require('$js/node_modules/axe-core/package.json').version")"
