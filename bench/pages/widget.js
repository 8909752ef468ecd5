// Bench host of the widget: served with the release build one level up (…/bench/widget.html next
// to …/data-files/youth-projects.js, the build that reads data files), it mounts the widget into
// the [data-youth-projects] element with the
// runtime data named by ?data= (a same-origin URL relative to this page, default data-1000.json),
// the way a host page uses data-src. It starts the WebAssembly itself rather than through
// embed.js, so the bench can read the size of the wasm memory: window.__wasmMemoryBytes().
import init from '../data-files/youth-projects.js';

const params = new URLSearchParams(location.search);
const host = document.querySelector('[data-youth-projects]');
host.setAttribute('data-src', params.get('data') || 'data-1000.json');

const wasm = await init({ module_or_path: new URL('../data-files/youth-projects_bg.wasm', import.meta.url) });
window.__wasmMemoryBytes = () => wasm.memory.buffer.byteLength;
