#!/usr/bin/env bash
# Makes sure the end-to-end tests have a Chromium: Debian's (installed here when missing,
# as Playwright cannot download its own browser on this network) or Playwright's own.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$path" ]; then exit 0; fi
if node -e "const p=require('playwright-core').chromium.executablePath(); process.exit(require('fs').existsSync(p)?0:1)" 2>/dev/null; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the end-to-end tests…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No Chromium found. Install one: 'sudo apt-get install chromium' (Debian/Ubuntu) or 'npx playwright install chromium'." >&2
exit 1
