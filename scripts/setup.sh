#!/usr/bin/env bash
# Installs what the widget needs on this machine, skipping whatever is already there.
#   scripts/setup.sh          build tools: wasm target, trunk, wasm-bindgen-cli, wasm-opt
#   scripts/setup.sh test     the same, plus Chromium, ChromeDriver, CJK fonts, WebKitGTK's
#                             WebKitWebDriver with Xvfb, Firefox ESR, and the browser tests'
#                             node packages
#   scripts/setup.sh bench    the same as test, plus what only the benchmarks use: twiggy
#                             (bench/size --breakdown) and bench/'s node packages (Lighthouse)
# Nothing is downloaded from outside crates.io, npm and Debian: trunk is pointed at these tools
# by Trunk.toml, so it never fetches its own.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:/usr/local/bin:$PATH"

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
# wasm-bindgen-cli must match the library exactly; read it from Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "installing trunk $TRUNK_VERSION (about 5 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  say "installing wasm-opt (binaryen $BINARYEN_VERSION from npm)"
  as_root npm install -g --prefix /usr/local "binaryen@$BINARYEN_VERSION"
  hash -r
  wasm-opt --version | grep -q "version $BINARYEN_VERSION" || {
    echo "another wasm-opt comes first on PATH: $(command -v wasm-opt); remove it or put /usr/local/bin first" >&2
    exit 1
  }
fi

mode=${1:-}
if [ "$mode" = test ] || [ "$mode" = bench ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  # grep reads all of fc-list: with -q it would stop early, and pipefail would count the SIGPIPE.
  fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
  # The other engines readers use: WebKit (WebKitGTK's MiniBrowser, run under Xvfb) and Firefox.
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  if [ ! -d tests/browser/node_modules ] || [ tests/browser/package-lock.json -nt tests/browser/node_modules/.package-lock.json ]; then
    say "installing the browser test's node packages"
    # puppeteer-core never downloads a browser; the variable says so to any package that might.
    (cd tests/browser && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
fi

if [ "$mode" = bench ]; then
  if ! command -v twiggy >/dev/null; then
    say "installing twiggy (about 2 minutes)"
    cargo install twiggy --version 0.8.0 --locked
  fi
  if [ ! -d bench/node_modules ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
    say "installing the benchmarks' node packages (Lighthouse)"
    # Lighthouse drives the Chromium installed above; nothing may download another browser.
    (cd bench && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
