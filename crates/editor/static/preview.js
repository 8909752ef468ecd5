// The editor's live preview: the published widget (../embed.js), given the editor's draft as its
// data file. It takes the draft from the page that framed it, on this origin only.
const host = document.getElementById('preview');

window.addEventListener('message', async (event) => {
  if (event.origin !== location.origin || event.source !== window.parent) return;
  const { json, lang } = event.data || {};
  if (typeof json !== 'string') return;
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  host.setAttribute('data-src', url);
  if (lang === 'zh-Hans' || lang === 'zh-Hant' || lang === 'en') host.setAttribute('data-lang', lang);
  await import('../embed.js');
}, { once: true });

window.parent.postMessage('youth-projects-preview-ready', location.origin);
