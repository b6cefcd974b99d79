#!/usr/bin/env bash
# System parts the tests drive for real: Debian's chromium (explorer tests) and
# Neo4j's own Cypher parser from npm (Cypher syntax tests). Idempotent; needs root
# (or sudo) for apt-get the first time on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null 2>&1; then
    echo "setup: installing Debian's chromium"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
fi

if ! command -v node >/dev/null 2>&1; then
    echo "setup: installing Debian's nodejs and npm"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq nodejs npm >/dev/null
fi

if [ -f tests/cypher/package-lock.json ] && [ ! -d tests/cypher/node_modules ]; then
    echo "setup: installing Neo4j's Cypher parser (npm ci)"
    npm ci --prefix tests/cypher --no-audit --no-fund --loglevel=error
fi
