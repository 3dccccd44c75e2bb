/**
 * The only search code on every page (well under 1 KB): loads the search UI
 * when a reader focuses a search box, presses "/" or Ctrl/⌘+K, or opens
 * /search/; loads the highlighter when a result link brought the reader here.
 */
let loading: Promise<unknown> | undefined;
const load = () => (loading ??= import('./ui').then((ui) => ui.boot()));

function primaryInput(): HTMLInputElement | null {
  return (
    document.querySelector<HTMLInputElement>('form[data-search-box][data-primary] input[name="q"]') ??
    document.querySelector<HTMLInputElement>('form[data-search-box] input[name="q"]')
  );
}

document.addEventListener('focusin', (event) => {
  if ((event.target as Element).closest?.('form[data-search-box]')) void load();
});
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
  if (shortcut || (event.key === '/' && !typing && !event.altKey && !event.ctrlKey && !event.metaKey)) {
    const input = primaryInput();
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  }
});
if (document.querySelector('form[data-search-page]')) void load();
if (/[?&]highlight=/.test(location.search)) void import('./highlight').then((h) => h.highlight());
