// Loads the editors' studio (its WebAssembly is apart from the widget's).
import init from './youth-projects-editor.js';

try {
  await init({ module_or_path: new URL('youth-projects-editor_bg.wasm', import.meta.url) });
} catch (error) {
  console.error('youth-projects editor: could not start', error);
  const root = document.getElementById('editor');
  if (root) root.textContent = '编辑器无法启动:请用最新版的 Chrome、Edge、Firefox 或 Safari 打开。';
}
