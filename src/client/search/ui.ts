/**
 * The search box behaviour: results as you type under the header box, or
 * full-page on /search/. Everything from the query or the index is put in the
 * page as text, never as HTML.
 */
import { supportMailto } from '../../feedback/config';
import { PAUSE_MS, SearchLog } from '../../feedback/search-log';
import { parseSearchParams, toSearchParams, type SearchState } from '../../search/query-state';
import { settleOrder } from '../../search/rank';
import { slugify } from '../../content/slug';
import { sendEvents, trackingAllowed } from '../feedback-send';
import { filterLabels, search, warm, type SearchOutcome, type SearchResult } from './engine';

const attached = new WeakSet<HTMLFormElement>();

/** Attaches every search box on the page; on /search/ runs the search in the URL. */
export function boot(): void {
  void warm();
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-box]')) attach(form);
}

/**
 * An interface string in the page's language: SearchFallback.astro puts them on its template as
 * data-words-* attributes from src/i18n/<lang>.json. `{name}` placeholders are filled from `values`.
 */
function say(name: string, values: Readonly<Record<string, string>> = {}): string {
  const words = document.querySelector<HTMLTemplateElement>('template[data-search-fallback]');
  let text = words?.dataset[name] ?? '';
  // A function, so a query's `$&` or `$1` is put in as typed, not read as a replacement pattern.
  for (const [key, value] of Object.entries(values)) text = text.replaceAll(`{${key}}`, () => value);
  return text;
}

/** An interface string with one placeholder filled by an element (a query in <strong>): its parts in order. */
function sayAround(name: string, key: string, node: Node): (Node | string)[] {
  const [before = '', after = ''] = say(name).split(`{${key}}`);
  return [before, node, after].filter((part) => part !== '');
}

/** "3 results" by the page language's plural rules. */
function countText(n: number): string {
  const form = new Intl.PluralRules(document.documentElement.lang || 'en').select(n);
  const name = form === 'one' ? 'wordsResultsOne' : 'wordsResultsOther';
  return say(name, { count: new Intl.NumberFormat(document.documentElement.lang || 'en').format(n) });
}

/** A result's identity across the searches of one query (its page, without the highlight words). */
const pageOf = (item: SearchResult) => item.url.split('?')[0]!;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function attach(form: HTMLFormElement): void {
  if (attached.has(form)) return;
  attached.add(form);
  const page = form.hasAttribute('data-search-page');
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const categories: { slug: string; title: string }[] = JSON.parse(form.dataset['categories'] ?? '[]');
  let state: SearchState = page ? parseSearchParams(location.search) : { q: '', tags: [], category: '' };
  let tagLabels = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;
  // The results on screen (by page) and whether the reader has since pointed at, touched or focused
  // them: once they have, a search that settles later may only append (see settleOrder).
  let shown: string[] = [];
  let frozen = false;
  for (const type of ['pointerdown', 'pointerover', 'focusin', 'wheel'])
    panel.addEventListener(type, () => (frozen = shown.length > 0), { passive: true });
  // Search events, only when the site has a collector and the browser allows it (see SearchLog).
  const endpoint = form.dataset['feedback'];
  const log = endpoint && trackingAllowed() ? new SearchLog() : undefined;
  let sendTimer: ReturnType<typeof setTimeout> | undefined;
  const logShown = (query: string, outcome: SearchOutcome) => {
    if (!log || !endpoint) return;
    log.shown(query, outcome.total, outcome.corrected, Date.now());
    clearTimeout(sendTimer);
    sendTimer = setTimeout(() => void sendEvents(endpoint, log.take()), PAUSE_MS);
  };
  const logClick = (link: HTMLElement | undefined) => {
    if (!log || !endpoint || !link?.dataset['resultId']) return;
    log.clicked(link.dataset['resultId'], Number(link.dataset['resultPosition']));
    void sendEvents(endpoint, log.take());
  };
  if (log && endpoint) {
    const leave = () => void sendEvents(endpoint, log.leave(), true);
    addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') leave();
    });
    panel.addEventListener('click', (event) =>
      logClick((event.target as Element).closest<HTMLElement>('a[data-result-id]') ?? undefined),
    );
  }

  const open = (show: boolean) => {
    if (page) return;
    panel.hidden = !show;
  };

  const run = async () => {
    const mine = ++sequence;
    const query = state.q.trim();
    if (page) history.replaceState(null, '', `${location.pathname}${toSearchParams(state)}${location.hash}`);
    if (!query) {
      panel.replaceChildren();
      status.textContent = '';
      open(false);
      return;
    }
    if (state.tags.length > 0 && tagLabels.size === 0) tagLabels = (await filterLabels()).tag;
    const started = performance.now();
    const limit = page ? 20 : 6;
    // Read by scripts/bench/search.mjs and the tests: when the first results were on screen, and when the search settled.
    const painted = () => {
      form.dataset['searchFirstMs'] = (performance.now() - started).toFixed(2);
      form.dataset['searchFirstAt'] = performance.now().toFixed(1);
      form.dataset['searchFirst'] = query;
    };
    let early = false;
    const outcome = await search(query, currentFilters(), limit, true, (first) => {
      if (mine !== sequence) return;
      render(first, query);
      early = true;
      painted();
    });
    if (mine !== sequence) return;
    if (early) settle(outcome, query, limit);
    else {
      render(outcome, query);
      painted();
    }
    announce(outcome, query);
    logShown(query, outcome);
    form.dataset['searchMs'] = (performance.now() - started).toFixed(2);
    form.dataset['searchDone'] = query;
  };

  // The full search after early results: shown only if it changes them, never moving what the reader is reaching for.
  const settle = (outcome: SearchOutcome, query: string, limit: number) => {
    const byPage = new Map(outcome.results.map((item) => [pageOf(item), item]));
    const order = settleOrder(shown, [...byPage.keys()], limit, frozen);
    if (order.join('\n') === shown.join('\n')) return;
    const list = panel.querySelector<HTMLElement>('[data-search-results]');
    if (!frozen || !list) {
      render(outcome, query);
      return;
    }
    list.append(...order.slice(shown.length).map((key, i) => result(byPage.get(key)!, shown.length + i + 1)));
    shown = order;
  };

  // One polite announcement per search, of the settled count.
  const announce = (outcome: SearchOutcome, query: string) => {
    const n = outcome.total;
    status.textContent =
      n === 0
        ? say('wordsNoResultsFor', { query })
        : outcome.corrected
          ? say('wordsCountFor', { count: countText(n), query: outcome.corrected })
          : countText(n);
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 120);
  };

  const render = (outcome: SearchOutcome, query: string) => {
    const children: Node[] = [];
    if (outcome.corrected) {
      const instead = el(
        'button',
        { type: 'button', class: 'search-instead', 'data-search-instead': '' },
        say('wordsInsteadFor', { query }),
      );
      instead.addEventListener('click', () => void exact(query));
      children.push(
        el(
          'p',
          { class: 'search-corrected', 'data-search-corrected': '' },
          ...sayAround('wordsShowingFor', 'query', el('strong', {}, outcome.corrected)),
          ' · ',
          instead,
        ),
      );
    }
    if (page && outcome.results.length > 0) children.push(chips(outcome));
    if (outcome.results.length === 0) {
      children.push(noResults(query, outcome));
    } else {
      children.push(
        el(
          'ul',
          { class: 'search-results', 'data-search-results': '' },
          ...outcome.results.map((item, i) => result(item, i + 1)),
        ),
      );
      if (!page) children.push(el('a', { class: 'search-all', href: searchHref(state) }, say('wordsAllResults', { query })));
    }
    panel.replaceChildren(...children);
    shown = outcome.results.map(pageOf);
    frozen = false;
    open(true);
  };

  // "Search instead for": the reader's words exactly as typed, no correction.
  const exact = async (query: string) => {
    const mine = ++sequence;
    const outcome = await search(query, currentFilters(), page ? 20 : 6, false);
    if (mine !== sequence) return;
    render(outcome, query);
    announce(outcome, query);
    logShown(query, outcome);
    input.focus();
  };

  const currentFilters = () => {
    const category = categories.find((c) => c.slug === state.category)?.title;
    return { ...(category ? { category } : {}), tags: state.tags.map((t) => tagLabels.get(t) ?? t) };
  };

  const chips = (outcome: SearchOutcome) => {
    const group = (
      name: string,
      kind: string,
      entries: [string, number][],
      isOn: (label: string) => boolean,
      toggle: (label: string) => void,
    ) =>
      el(
        'div',
        { class: 'search-chips', role: 'group', 'aria-label': name },
        el('span', { class: 'search-chips-label' }, `${name}:`),
        ...entries.map(([label, count]) => {
          const button = el(
            'button',
            { type: 'button', 'aria-pressed': String(isOn(label)), 'data-chip': kind },
            label,
            el('span', { class: 'search-chip-count' }, ` ${count}`),
          );
          button.addEventListener('click', () => {
            toggle(label);
            void run();
          });
          return button;
        }),
      );
    const categoryEntries = [...outcome.counts.category].sort((a, b) => b[1] - a[1]);
    const tagEntries = [...outcome.counts.tag].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 12);
    return el(
      'div',
      { class: 'search-filters', 'data-search-filters': '' },
      group(
        say('wordsChipCategory'),
        'category',
        categoryEntries,
        (label) => categories.find((c) => c.title === label)?.slug === state.category,
        (label) => {
          const slug = categories.find((c) => c.title === label)?.slug ?? '';
          state = { ...state, category: state.category === slug ? '' : slug };
        },
      ),
      group(
        say('wordsChipTag'),
        'tag',
        tagEntries,
        (label) => state.tags.includes(slugify(label)),
        (label) => {
          const slug = slugify(label);
          tagLabels.set(slug, label);
          state = { ...state, tags: state.tags.includes(slug) ? state.tags.filter((t) => t !== slug) : [...state.tags, slug] };
        },
      ),
    );
  };

  const noResults = (query: string, outcome: SearchOutcome) => {
    const box = el('div', { class: 'search-empty', 'data-search-empty': '' });
    box.append(el('p', { class: 'search-empty-title' }, say('wordsNoMatch', { query: outcome.corrected ?? query })));
    if (state.tags.length > 0 || state.category) box.append(el('p', {}, say('wordsRemoveFilters')));
    const fallback = document.querySelector<HTMLTemplateElement>('template[data-search-fallback]');
    const email = fallback?.dataset['supportEmail'];
    if (email) {
      // The words come in the page's language from the template's data-words-* attributes (SearchFallback.astro).
      const words = (name: string) =>
        (fallback.dataset[name] ?? '').replaceAll('{query}', () => query).replaceAll('{page}', () => location.href);
      // Works with or without a collector: the reader's own email carries the query and the page.
      const href = supportMailto(email, words('wordsAskSubject'), `${words('wordsAskBody')}\n\n`);
      box.append(
        el(
          'p',
          { class: 'search-ask' },
          el('a', { href, 'data-search-link': '', 'data-search-ask-support': '' }, words('wordsAsk')),
          ` ${words('wordsAskAbout')}`,
        ),
      );
    }
    if (fallback) box.append(fallback.content.cloneNode(true));
    return box;
  };

  input.addEventListener('input', () => {
    state = { ...state, q: input.value };
    schedule();
  });
  input.addEventListener('focus', () => {
    if (!page && panel.childElementCount > 0 && input.value.trim()) open(true);
  });
  form.addEventListener('keydown', (event) => {
    const links = [...panel.querySelectorAll<HTMLAnchorElement>('a[data-search-link]')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (links.length === 0) return;
      event.preventDefault();
      if (!page) open(true);
      const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)]!.focus();
    } else if (event.key === 'Enter' && document.activeElement === input && !page && links.length > 0 && !panel.hidden) {
      // Enter in the box opens the top result; the Search button still goes to /search/.
      event.preventDefault();
      logClick(links[0]);
      location.href = links[0]!.href;
    } else if (event.key === 'Escape') {
      // The first Escape closes the results; only a second one clears the box (the browser's own behaviour).
      if (!page && !panel.hidden) event.preventDefault();
      if (!page) open(false);
      input.focus();
    }
  });
  if (page) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      state = { ...state, q: input.value };
      void run();
    });
  }
  document.addEventListener('click', (event) => {
    if (!page && !form.contains(event.target as Node)) open(false);
  });
  form.addEventListener('focusout', (event) => {
    if (!page && !form.contains(event.relatedTarget as Node | null) && event.relatedTarget) open(false);
  });

  if (page) {
    input.value = state.q;
    document.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');
    void run();
  } else if (input.value.trim()) {
    state = { ...state, q: input.value };
    void run();
  }
}

function searchHref(state: SearchState): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}search/${toSearchParams(state)}`;
}

function result(item: SearchResult, position: number): HTMLElement {
  const title = el('a', { href: item.url, class: 'search-result-title', 'data-search-link': '' }, item.title);
  const li = el('li', { class: 'search-result', 'data-search-result': '' }, title);
  const pageLang = (document.documentElement.lang || 'en').split('-')[0];
  if (item.lang !== pageLang) {
    // An English article on the Hindi site: its text is English, the marker is in the page's language.
    li.setAttribute('lang', item.lang);
    li.dataset['resultLang'] = item.lang;
    title.after(' ', el('span', { class: 'search-result-lang', lang: document.documentElement.lang }, say('wordsInEnglish')));
  }
  if (item.category) li.append(el('p', { class: 'search-result-category' }, item.category));
  if (item.quickAnswer)
    li.append(
      el(
        'p',
        { class: 'search-answer', 'data-search-answer': '' },
        el('span', { 'aria-hidden': 'true' }, '⚡ '),
        item.quickAnswer,
      ),
    );
  li.append(
    el('p', { class: 'search-excerpt' }, ...item.excerpt.map((part) => (part.mark ? el('mark', {}, part.text) : part.text))),
  );
  if (item.links.length > 0) {
    li.append(
      el(
        'ul',
        { class: 'search-deep-links', 'aria-label': say('wordsSectionsOf', { title: item.title }) },
        ...item.links.map((link) =>
          el(
            'li',
            {},
            el(
              'a',
              { href: link.url, 'data-search-link': '', 'data-kind': link.kind },
              link.kind === 'task' ? say('wordsChecklistRow', { label: link.label }) : link.label,
            ),
          ),
        ),
      ),
    );
  }
  for (const link of li.querySelectorAll('a')) {
    link.dataset['resultId'] = item.id;
    link.dataset['resultPosition'] = String(position);
  }
  return li;
}
