// youth-projects widget loader: the only script a page needs.
//
//   <div data-youth-projects></div>
//   <script type="module" src="https://your.site/path/to/embed.js"></script>
//
// It loads the widget's stylesheet and WebAssembly from beside itself, whatever page and folder
// it is used from, and mounts a widget into every [data-youth-projects] element (and into
// #youth-projects on the standalone page). If the WebAssembly cannot load, each host shows a short
// message and a link to the standalone page instead of an empty box.
const base = new URL('./', import.meta.url);
const page = new URL('index.html', base).href;
const hosts = [...document.querySelectorAll('#youth-projects, [data-youth-projects]')];

for (const host of hosts) {
  if (!host.hasAttribute('data-page')) host.setAttribute('data-page', page);
}

// A reader who chose large text on this device sees the prerendered page in it before the widget
// starts, so nothing jumps when it takes over. (Storage may be refused: then nothing to do.)
try {
  if (localStorage.getItem('youth-projects/large-text') === '1') {
    for (const root of document.querySelectorAll('#youth-projects > .yp, [data-youth-projects] > .yp')) {
      root.classList.add('yp-large');
    }
  }
} catch {}

// The share poster's module (poster/, beside this script), loaded the first time a reader asks
// for a poster and drawing it into the detail view's slot. The widget calls this: an `import()`
// of its own would be a module file fetched at start.
globalThis[Symbol.for('youth-projects/poster')] ??= async (slot) => {
  const poster = await import(new URL('poster/youth-projects-poster.js', base));
  await poster.default({ module_or_path: new URL('poster/youth-projects-poster_bg.wasm', base) });
  return poster.show(slot);
};

/** A `<link rel>` to a file beside this script, unless the page has one already. */
function linkOnce(rel, file) {
  const href = new URL(file, base).href;
  if ([...document.querySelectorAll(`link[rel="${rel}"]`)].some((l) => l.href === href)) return;
  const link = document.createElement('link');
  link.rel = rel;
  link.href = href;
  document.head.append(link);
}

// A page whose hosts name a data file (`data-src`, or a link's `?src=` where a host allows one)
// loads the build that reads data files (data-files/); the others the one for the built-in list,
// a quarter smaller.
const query = new URLSearchParams(location.search);
const files = hosts.some((h) => h.getAttribute('data-src')?.trim() || (h.hasAttribute('data-src-allow') && query.get('src')));
const dir = files ? 'data-files/' : '';

// The stylesheet (the standalone page links it already), and the widget's script, which is run
// only once the page has painted (below) but fetched now (the standalone page preloads it).
linkOnce('stylesheet', 'style.css');
linkOnce('modulepreload', `${dir}youth-projects.js`);

function fallback(host) {
  const p = document.createElement('p');
  p.className = 'yp-fallback';
  p.textContent = '项目清单暂时无法显示。The list cannot be shown right now. ';
  const a = document.createElement('a');
  a.href = host.getAttribute('data-page') || page;
  a.textContent = '打开完整页面 / Open the full page';
  p.append(a);
  host.replaceChildren(p);
}

// The page paints first: on a fast connection the WebAssembly can arrive before the browser has
// painted the prerendered page, and its start would then hold that paint back, or replace what
// was painted before the browser had timed it (a later largest paint). So the widget's script is
// run and the widget started once the first paint is timed; the downloads start at once all the
// same (the page preloads the script). A hidden tab paints
// nothing and does not wait; a frame that is never shown waits a second at most.
function painted() {
  return new Promise((done) => {
    const types = (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes) || [];
    if (document.visibilityState === 'hidden') return done();
    if (!types.includes('paint')) return requestAnimationFrame(() => setTimeout(done, 0));
    const observer = new PerformanceObserver(() => {
      observer.disconnect();
      done();
    });
    observer.observe({ type: 'paint', buffered: true });
    setTimeout(done, 1000);
  });
}

try {
  const wasm = fetch(new URL(`${dir}youth-projects_bg.wasm`, base));
  wasm.catch(() => {}); // a failed download is reported by init below
  await painted();
  const { default: init } = await import(`./${dir}youth-projects.js`);
  await init({ module_or_path: wasm });
} catch (error) {
  console.error('youth-projects: the widget could not start', error);
  hosts.forEach(fallback);
}
