#!/usr/bin/env bash
# Installs what is missing, then serves the widget at http://127.0.0.1:8080/ with live reload.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:/usr/local/bin:$PATH"
exec trunk serve "$@"
