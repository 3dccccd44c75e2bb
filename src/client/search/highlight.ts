/**
 * Marks the searched words in an article the reader reached from a search
 * result (`?highlight=word word`), then brings the first mark (or the linked
 * section) into view.
 */
export function highlight(): void {
  const param = new URLSearchParams(location.search).get('highlight') ?? '';
  const terms = [
    ...new Set(
      param
        .toLowerCase()
        .split(/\s+/)
        .filter((t) => t.length >= 2),
    ),
  ];
  // The regions search indexed: the title, the quick answer and the body, not the page's chrome.
  const roots = [...document.querySelectorAll('[data-pagefind-body]')];
  if (roots.length === 0 || terms.length === 0) return;
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  // Word starts, so "bill" also marks "billing" and "bills", as the index stems them.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const nodes: Text[] = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest('script, style, svg, mark, [data-pagefind-ignore], [hidden]')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  }
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      fragment.append(text.slice(last, match.index));
      const mark = document.createElement('mark');
      mark.dataset['searchHighlight'] = '';
      mark.textContent = match[0];
      first ??= mark;
      fragment.append(mark);
      last = match.index + match[0].length;
    }
    fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
  if (!location.hash && first) first.scrollIntoView({ block: 'center' });
}
