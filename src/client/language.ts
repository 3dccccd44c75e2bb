/**
 * The language switch: following it keeps the reader's section and remembers
 * the language in localStorage (`lang`), which `/a/<id>/` short links open.
 */
export const LANG_KEY = 'lang';

/** The cookie Netlify's `Language=` redirect conditions follow (see docs/deploying.md), for a year. */
export const NETLIFY_LANG_COOKIE = 'nf_lang';

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  link.addEventListener('click', () => {
    // The host's redirects of short links follow the same choice as their pages' script.
    document.cookie = `${NETLIFY_LANG_COOKIE}=${link.dataset.langSwitch!}; path=/; max-age=31536000; SameSite=Lax`;
    try {
      localStorage.setItem(LANG_KEY, link.dataset.langSwitch!);
    } catch {
      // Storage blocked: the short links follow the browser's language instead.
    }
    if (location.hash && !link.hash) link.hash = location.hash;
  });
}
