/**
 * The language switch: following it keeps the reader's section and remembers
 * the language in localStorage (`lang`), which `/a/<id>/` short links open.
 */
export const LANG_KEY = 'lang';

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  link.addEventListener('click', () => {
    try {
      localStorage.setItem(LANG_KEY, link.dataset.langSwitch!);
    } catch {
      // Storage blocked: the short links follow the browser's language instead.
    }
    if (location.hash && !link.hash) link.hash = location.hash;
  });
}
