#!/usr/bin/env bash
# Browser test of the kabar dashboard: installs what is missing (Debian's
# chromium, the pinned playwright-core from package-lock.json), builds the
# kabar binary if KABAR_BIN does not exist yet, then runs dashboard.test.mjs
# (node's test runner), which starts `kabar demo --bind 127.0.0.1:0`.
# The screenshot lands in target/browser/dashboard.png.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

apt_updated=0
apt_install() {
    if [ "$apt_updated" = 0 ]; then
        apt-get update -qq
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
    echo "installing Debian's chromium for the browser test"
    apt_install chromium
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "installing Node.js and npm for the browser test"
    apt_install nodejs npm
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" -lt 20 ]; then
    echo "warning: playwright-core asks for Node.js 20 or newer, this is $(node --version)" >&2
fi

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

export KABAR_BIN="${KABAR_BIN:-$repo/target/debug/kabar}"
if [ ! -x "$KABAR_BIN" ] && [[ "$KABAR_BIN" != *.mjs ]]; then
    echo "building kabar for the browser test"
    (cd "$repo" && cargo build -p kabar --locked)
fi

cd "$repo"
node --test tests/browser/dashboard.test.mjs
