import { FILE_START, type Problem } from '../lint/problems';
import { words } from './words';

/** Synonym groups as authors write them in `content/synonyms.json`: each group lists terms that mean the same. */
export type SynonymGroups = readonly (readonly string[])[];

/**
 * Checks parsed `content/synonyms.json` (`file`, for messages): an array of
 * groups, each an array of at least two different, non-empty terms of letters
 * and digits. Returns every problem, each naming its group (`[2]`) or term (`[2][1]`).
 */
export function checkSynonyms(raw: unknown, file = 'content/synonyms.json'): Problem[] {
  const problem = (path: string, message: string, fix: string): Problem => ({
    file,
    ...FILE_START,
    rule: 'synonyms',
    message: `${path}: ${message}`,
    fix,
  });
  if (!Array.isArray(raw)) {
    return [
      problem('(file)', `expected an array of groups, got ${describe(raw)}`, 'write it as [["whitelist", "allow-list"], …]'),
    ];
  }
  const problems: Problem[] = [];
  raw.forEach((group, g) => {
    if (!Array.isArray(group)) {
      problems.push(problem(`[${g}]`, `expected an array of terms, got ${describe(group)}`, 'write it as ["bill", "invoice"]'));
      return;
    }
    if (group.length < 2) {
      problems.push(
        problem(
          `[${g}]`,
          `a group needs at least two terms, got ${group.length}`,
          'add a term that means the same, or remove the group',
        ),
      );
    }
    const seen = new Map<string, number>();
    group.forEach((term, t) => {
      if (typeof term !== 'string') {
        problems.push(problem(`[${g}][${t}]`, `expected a string, got ${describe(term)}`, 'write the term in quotes'));
        return;
      }
      const key = words(term).join(' ');
      if (key === '') {
        problems.push(problem(`[${g}][${t}]`, `"${term}" has no letters or digits`, 'write the word or phrase customers type'));
        return;
      }
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        problems.push(
          problem(
            `[${g}][${t}]`,
            `"${term}" repeats [${g}][${earlier}] (terms are compared ignoring case and punctuation)`,
            'remove one',
          ),
        );
      } else {
        seen.set(key, t);
      }
    });
  });
  return problems;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string "${value}"` : `${typeof value} ${JSON.stringify(value)}`;
}

/** Synonyms ready for lookups: each term (as space-joined words) to the other terms it means. */
export type SynonymTable = ReadonlyMap<string, readonly string[]>;

/**
 * Builds the lookup table from checked groups. A term in several groups gets
 * the alternatives of all of them ("login" is both "sign in" and "password").
 */
export function synonymTable(groups: SynonymGroups): SynonymTable {
  const table = new Map<string, string[]>();
  for (const group of groups) {
    const terms = [...new Set(group.map((term) => words(term).join(' ')).filter(Boolean))];
    for (const term of terms) {
      const list = table.get(term) ?? [];
      for (const other of terms) if (other !== term && !list.includes(other)) list.push(other);
      table.set(term, list);
    }
  }
  return table;
}

/** One idea in a query: the words the reader typed and the other ways of saying it. */
export interface Concept {
  /** What the reader typed (after typo correction), as space-joined words. */
  term: string;
  /** The term first, then its synonyms. */
  alternatives: string[];
}

/**
 * Splits query words into concepts, matching the longest synonym phrase first:
 * with "sign in" ↔ "login", `sign in problem` gives `sign in` (or `login`) and `problem`.
 */
export function expandQuery(queryWords: readonly string[], table: SynonymTable): Concept[] {
  const longest = Math.max(1, ...[...table.keys()].map((k) => k.split(' ').length));
  const concepts: Concept[] = [];
  for (let i = 0; i < queryWords.length;) {
    let matched = false;
    for (let n = Math.min(longest, queryWords.length - i); n >= 1; n--) {
      const term = queryWords.slice(i, i + n).join(' ');
      const others = table.get(term);
      if (others) {
        concepts.push({ term, alternatives: [term, ...others] });
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) {
      concepts.push({ term: queryWords[i]!, alternatives: [queryWords[i]!] });
      i++;
    }
  }
  return concepts;
}

/**
 * Keeps, for each term, only the alternatives whose every word the site uses
 * (searching the others would only cost downloads), the most used first, at most `max`.
 * `uses(word)` is how often the site uses a word; `ignore(word)` marks filler words that need not appear.
 */
export function pruneSynonyms(
  table: SynonymTable,
  uses: (word: string) => number,
  ignore: (word: string) => boolean,
  max = 3,
): Map<string, string[]> {
  const weight = (term: string) => {
    const counts = term
      .split(' ')
      .filter((w) => !ignore(w))
      .map(uses);
    return counts.length === 0 ? 0 : Math.min(...counts);
  };
  const pruned = new Map<string, string[]>();
  for (const [term, others] of table) {
    const kept = others
      .map((other) => ({ other, weight: weight(other) }))
      .filter((o) => o.weight > 0)
      .sort((a, b) => b.weight - a.weight || (a.other < b.other ? -1 : 1))
      .slice(0, max)
      .map((o) => o.other);
    if (kept.length > 0) pruned.set(term, kept);
  }
  return pruned;
}

/**
 * What to search for one idea of a query, given how many pages have the reader's own words (`own`,
 * the fewest of its words). A term the site uses on `common` pages or more is searched alone; a term
 * the site never uses is replaced by its synonyms. With `ownOnly` (the first, early search) only the
 * reader's own term is searched and the idea is left out (`undefined`) when the site lacks it;
 * `partial` says whether the full search would search anything more.
 */
export function alternativesFor(
  concept: Concept,
  own: number,
  common: number,
  ownOnly = false,
): { alternatives: string[] | undefined; partial: boolean } {
  if (own >= common) return { alternatives: [concept.term], partial: false };
  const kept = concept.alternatives.filter((_, i) => i > 0 || own > 0);
  const full = kept.length > 0 ? kept : [concept.term];
  if (!ownOnly) return { alternatives: full, partial: false };
  const partial = own === 0 || full.some((a) => a !== concept.term);
  return { alternatives: own > 0 ? [concept.term] : undefined, partial };
}
