import { firstInOrder } from './arrays';

/** What one search found: page numbers and their scores, aligned (as `searchPages` gives them). */
export interface Hits {
  pages: ArrayLike<number>;
  scores: ArrayLike<number>;
}

/** A page after merging: its combined score and how many of the query's concepts it matched. */
export interface RankedHit {
  page: number;
  score: number;
  /** Concepts of the query this page matches. */
  matched: number;
}

/**
 * Scratch space of `mergeHits`, reused from query to query (per-page arrays allocated for every
 * query made the garbage collector run mid-query at thousands of pages). A page's slots belong to
 * the current merge while `seen` holds its stamp; `bestOf` holds a number per idea of every merge.
 */
interface MergeScratch {
  stamp: number;
  /** The first idea number of the current merge (idea `c` is `concepts + c`), and the first not used yet. */
  concepts: number;
  unused: number;
  score: Float64Array;
  matched: Int32Array;
  seen: Int32Array;
  best: Float64Array;
  bestOf: Int32Array;
}

let mergeSpace: MergeScratch | undefined;

function mergeScratch(size: number, ideas: number): MergeScratch {
  const previous = mergeSpace;
  if (!previous || previous.seen.length < size || previous.unused + ideas >= 2 ** 31 - 2) {
    mergeSpace = {
      stamp: 1,
      concepts: 1,
      unused: 1 + ideas,
      score: new Float64Array(size),
      matched: new Int32Array(size),
      seen: new Int32Array(size),
      best: new Float64Array(size),
      bestOf: new Int32Array(size),
    };
    return mergeSpace;
  }
  previous.stamp += 1;
  previous.concepts = previous.unused;
  previous.unused += ideas;
  return previous;
}

/**
 * Merges the searches of a query into one ranking. `concepts[c][a]` holds the
 * hits of alternative `a` (a synonym) of concept `c`; a page scores the best
 * alternative of each concept it matches, summed, and pages matching more of
 * the concepts come first. `whole` (the hits of the entire query) adds a bonus,
 * so a page with every word in it leads. Equal scores are ordered by `idOf`.
 * Returns how many pages matched and the first `limit` of them in order (all by
 * default): only those are shown, so at thousands of pages the rest are counted,
 * not sorted. Sums are kept in arrays indexed by page number, not in objects.
 */
export function mergeHits(
  concepts: readonly (readonly Hits[])[],
  whole: Hits | undefined,
  idOf: (page: number) => string,
  limit = Infinity,
): { total: number; hits: RankedHit[] } {
  const sets = [...concepts.flat(), ...(whole ? [whole] : [])];
  let size = 0;
  for (const { pages } of sets) for (let i = 0; i < pages.length; i++) size = Math.max(size, pages[i]! + 1);
  const scratch = mergeScratch(size, concepts.length);
  const { score, matched, seen, best, bestOf } = scratch;
  const stamp = scratch.stamp;
  // Pages in the order first met, so equal scores fall back to ids, never to where a page was first seen.
  const found: number[] = [];
  const meet = (page: number) => {
    if (seen[page] === stamp) return;
    seen[page] = stamp;
    score[page] = 0;
    matched[page] = 0;
    found.push(page);
  };
  concepts.forEach((alternatives, c) => {
    const pages: number[] = [];
    const concept = scratch.concepts + c;
    alternatives.forEach((hits, a) => {
      // The reader's own word counts a little more than a synonym of it.
      const factor = a === 0 ? 1 : 0.85;
      for (let i = 0; i < hits.pages.length; i++) {
        const page = hits.pages[i]!;
        const value = hits.scores[i]! * factor;
        if (bestOf[page] !== concept) {
          bestOf[page] = concept;
          best[page] = Math.max(0, value);
          pages.push(page);
        } else best[page] = Math.max(best[page]!, value);
      }
    });
    for (const page of pages) {
      meet(page);
      score[page]! += best[page]!;
      matched[page]! += 1;
    }
  });
  if (whole) {
    for (let i = 0; i < whole.pages.length; i++) {
      const page = whole.pages[i]!;
      if (seen[page] !== stamp) {
        meet(page);
        matched[page] = concepts.length;
      }
      score[page]! += whole.scores[i]!;
    }
  }
  const ideas = Math.max(1, concepts.length);
  for (const page of found) score[page] = score[page]! * (0.4 + (0.6 * Math.min(matched[page]!, ideas)) / ideas);
  const before = (a: number, b: number) => score[b]! - score[a]! || (idOf(a) < idOf(b) ? -1 : 1);
  const order = firstInOrder(found, limit, before);
  return { total: found.length, hits: order.map((page) => ({ page, score: score[page]!, matched: matched[page]! })) };
}

/** A place inside a page (heading, checklist row, troubleshooting entry) that Pagefind recorded. */
export interface Anchor {
  element: string;
  id: string;
  text: string;
  /** Word position in the page content where the anchor starts. */
  location: number;
}

/** A link to a matching section of a result. */
export interface DeepLink {
  /** The section's id, for `#…`. */
  id: string;
  /** Readable name of the section. */
  label: string;
  /** `section`, `task` (checklist row) or `problem` (troubleshooting entry). */
  kind: 'section' | 'task' | 'problem';
}

/**
 * Up to `max` sections of a page that hold the matched words, most matches
 * first: headings, checklist rows (`task-…`) and troubleshooting entries
 * (`problem-…`). `locations` are word positions of the matches in `content`.
 */
export function deepLinks(anchors: readonly Anchor[], locations: readonly number[], content: string, max = 3): DeepLink[] {
  const targets = anchors
    .filter((a) => /^h[2-6]$/.test(a.element) || a.id.startsWith('task-'))
    .filter((a) => !a.id.endsWith('-note'))
    .sort((a, b) => a.location - b.location);
  if (targets.length === 0) return [];
  const counts = new Map<Anchor, number>();
  for (const location of locations) {
    let owner: Anchor | undefined;
    for (const target of targets) if (target.location <= location) owner = target;
    if (owner) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }
  // Prefer the most specific place: a row or an entry over the heading that holds it.
  const rank = (a: Anchor) => (a.id.startsWith('task-') || a.id.startsWith('problem-') ? 1 : 0);
  let contentWords: string[] | undefined;
  return [...counts]
    .sort((a, b) => b[1] - a[1] || rank(b[0]) - rank(a[0]) || a[0].location - b[0].location)
    .slice(0, max)
    .map(([anchor]) => {
      if (anchor.id.startsWith('task-')) {
        contentWords ??= content.split(/\s+/);
        return { id: anchor.id, label: rowLabel(contentWords, anchor), kind: 'task' as const };
      }
      const kind = anchor.id.startsWith('problem-') ? ('problem' as const) : ('section' as const);
      return { id: anchor.id, label: anchor.text.trim() || humanize(anchor.id), kind };
    });
}

/** A checklist row has no heading text in the index; its first cell ends at the first full stop. */
function rowLabel(contentWords: readonly string[], anchor: Anchor): string {
  const taken: string[] = [];
  for (const word of contentWords.slice(anchor.location, anchor.location + 14)) {
    if (taken.length === 0 && /^\d+\.$/.test(word)) continue;
    const end = word.match(/^(.*?)(\*|\.)(\(see note\)|\S*)?$/);
    if (end && (end[2] === '*' || /\.$/.test(word))) {
      taken.push(end[1]!);
      break;
    }
    taken.push(word);
  }
  const label = taken.join(' ').trim();
  return label || humanize(anchor.id);
}

/** `task-check-confirmation-email` → "Check confirmation email". */
export function humanize(id: string): string {
  const text = id.replace(/^(task|problem)-/, '').replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The order to show once a search has settled, given the results already on screen (`shown`, by id)
 * and the settled ranking (`settled`, by id, best first). While the reader is not pointing at,
 * touching or focused in the list (`frozen` false) the settled ranking is shown as it is. Once they
 * are, nothing they can see moves: the shown results keep their places and the settled ranking's
 * other results are appended, up to `limit` in all.
 */
export function settleOrder(shown: readonly string[], settled: readonly string[], limit: number, frozen: boolean): string[] {
  if (!frozen) return settled.slice(0, limit);
  const order = [...shown];
  for (const id of settled) {
    if (order.length >= Math.max(limit, shown.length)) break;
    if (!order.includes(id)) order.push(id);
  }
  return order;
}

/** A result of one language's search, with the article id it shows. */
export interface LanguageResult {
  /** The article's id (frontmatter `id`), the same in every language. */
  id: string;
}

/**
 * Results of the page's language first, then those of another language (English on the Hindi site)
 * for articles not already found in the page's language: a translated article appears once, in the
 * page's language. `total` counts each article once as far as the results given show it.
 */
export function mergeLanguages<T extends LanguageResult>(
  own: { total: number; results: readonly T[] },
  other: { total: number; results: readonly T[] },
  limit: number,
): { total: number; results: T[]; duplicates: number } {
  const ids = new Set(own.results.map((r) => r.id));
  const extra = other.results.filter((r) => !r.id || !ids.has(r.id));
  const duplicates = other.results.length - extra.length;
  return { total: own.total + other.total - duplicates, results: [...own.results, ...extra].slice(0, limit), duplicates };
}
