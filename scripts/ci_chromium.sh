#!/usr/bin/env bash
# Make sure Debian's chromium is installed for the browser tests (tests/test_web_e2e.py drives /usr/bin/chromium
# through playwright; `playwright install` is never used, nothing is downloaded at test time).
#
#   scripts/ci_chromium.sh && .venv/bin/python -m pytest
#
# Idempotent and quiet: does nothing when /usr/bin/chromium exists; otherwise installs the `chromium` package with
# apt-get (needs root). Progress goes to stderr. Exits 0 without chromium when it cannot install it (not root, no
# apt): the browser tests then skip with the reason.
set -euo pipefail

say() { echo "ci_chromium: $*" >&2; }

if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    say "/usr/bin/chromium is missing and cannot be installed here (needs root and apt-get); browser tests will skip"
    exit 0
fi
say "installing the chromium package"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq chromium >/dev/null
say "ready: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
