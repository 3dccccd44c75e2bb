// Short links and old slugs: go to the article at once, keeping the `#anchor`
// (the page's meta refresh, the fallback without JavaScript, drops it). The
// link's own href is used, not the canonical URL, so previews on other hosts work.
const target = document.querySelector<HTMLAnchorElement>('a[data-redirect-target]')?.href;
if (target) location.replace(target + location.hash);
