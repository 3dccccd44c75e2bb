// Short links and old slugs: go to the article at once, keeping the `#anchor`
// (the page's meta refresh, the fallback without JavaScript, drops it).
const target = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
if (target) location.replace(target + location.hash);
