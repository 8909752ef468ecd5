#!/usr/bin/env bash
# Trunk's post_build step (Trunk.toml), run in the staging folder before trunk moves it to dist/.
# Trunk starts the hooks of one stage all at once, so what must happen in order is one hook:
#   1. at the same time: the prerender writes the default view into index.html and a page per
#      project; the widget that reads data files is built into data-files/, the editors' studio
#      into editor/, then the share poster's module into poster/ (one after the other: trunk's
#      builds share the workspace's wasm-bindgen folder);
#      a release build compiles its tools;
#   2. release builds only, once every file is written: the JavaScript and CSS minified (trunk's
#      own minifier cannot read wasm-bindgen's glue; see crates/minify), then a .br and a .gz
#      beside every file a browser downloads as text or wasm (crates/precompress).
# `trunk serve` builds in debug and so skips step 2.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run by trunk build (Trunk.toml), which sets TRUNK_STAGING_DIR}"
release=$([ "${TRUNK_PROFILE:-}" = release ] && echo yes || echo no)

pids=()
cargo run --quiet --features ssr --bin prerender &
pids+=($!)
(
  profile=$([ "$release" = yes ] && echo --release || true)
  (cd builds/data-files && trunk build $profile --dist "$TRUNK_STAGING_DIR/data-files")
  (cd crates/editor && trunk build $profile --dist "$TRUNK_STAGING_DIR/editor")
  (cd crates/poster && trunk build $profile --dist "$TRUNK_STAGING_DIR/poster")
) &
pids+=($!)
# Natively on the dev profile, never the widget's release profile (size first, whole-program
# optimisation, minutes to compile); Cargo.toml optimises the compressors.
if [ "$release" = yes ]; then
  cargo build --quiet -p youth-projects-minify -p youth-projects-precompress &
  pids+=($!)
fi
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
[ "$failed" = 0 ] || { echo "post-build: a step failed (above)" >&2; exit 1; }

if [ "$release" = yes ]; then
  cargo run --quiet -p youth-projects-minify -- "$TRUNK_STAGING_DIR"
  cargo run --quiet -p youth-projects-precompress -- "$TRUNK_STAGING_DIR"
fi
