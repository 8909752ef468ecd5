#!/usr/bin/env bash
# Installs what is missing, then runs every check: format, lints, the model's native tests, the
# widget's tests in headless Chromium, the release build (nothing left unminified) checked in
# Chromium from a sub-path, also from its pre-compressed files, and a smoke suite of it in
# Firefox and WebKit.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$HOME/.cargo/bin:/usr/local/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

say "cargo fmt --check"
cargo fmt --check
say "cargo clippy (native and wasm)"
cargo clippy --workspace --all-targets --features ssr -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
cargo clippy -p youth-projects-editor -p youth-projects-poster --target wasm32-unknown-unknown -- -D warnings
# The widget for the built-in list (index.html's build), without reading data files.
cargo clippy --target wasm32-unknown-unknown --bin youth-projects --no-default-features -- -D warnings
say "schema, model and editor tests (native)"
cargo test --workspace
say "widget tests in headless Chromium"
CHROMEDRIVER=$(command -v chromedriver) cargo test --target wasm32-unknown-unknown
say "release build (minified and pre-compressed), and a debug build for the panic test"
mkdir -p target
trunk build --release 2>&1 | tee target/release-build.log
# Trunk's own minifier warns and ships a file as it is when it cannot read it; no release build
# may do that (its minification is off; crates/minify fails the build instead).
if grep -q "Failed to minify" target/release-build.log; then
  echo 'the release build printed "Failed to minify" (target/release-build.log)' >&2
  exit 1
fi
trunk build --dist target/dist-debug
say "release build in Chromium, served from a sub-path: end to end, accessibility, embedding, hostile input, the editor, the pre-compressed files"
node --test tests/browser/
say "smoke suite in Firefox ESR (over WebDriver BiDi) and WebKitGTK (WebKitWebDriver, under Xvfb)"
node --test tests/browser/engines/firefox.smoke.mjs
xvfb-run -a -s "-screen 0 1280x1024x24" node --test tests/browser/engines/webkit.smoke.mjs
