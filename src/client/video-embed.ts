// Click-to-load videos: a <YouTube> or <Vimeo> placeholder is a plain link to
// the video's page; a click swaps it for the host's player. Until then the
// page makes no request to the host. The page's policy opens `frame-src`
// for that host only (see `frameSources` in src/build/csp.ts).

for (const figure of document.querySelectorAll<HTMLElement>('[data-video-embed]')) {
  const start = figure.querySelector<HTMLAnchorElement>('.video-embed-start');
  start?.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const frame = document.createElement('iframe');
    frame.src = figure.dataset.videoEmbed!;
    frame.title = figure.dataset.videoTitle ?? 'Video';
    frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
    frame.allowFullscreen = true;
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    frame.className = 'video-embed-frame';
    start.replaceWith(frame);
    frame.focus();
  });
}
