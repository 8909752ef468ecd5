// The few lines a host page needs: size each widget iframe to the height it reports.
window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'youth-projects:height' || typeof data.height !== 'number') return;
  for (const frame of document.querySelectorAll('iframe.youth-projects')) {
    if (frame.contentWindow === event.source) frame.style.height = `${data.height}px`;
  }
});
