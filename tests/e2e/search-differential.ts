/**
 * The corpus and queries of the differential test (search-differential.spec.ts): 1,000 generated
 * articles as article-page HTML, the real built articles, the Hindi fixture pages, and over 300
 * queries of every kind the engine must answer as Pagefind's own does. Deterministic: the same
 * seed gives the same pages and queries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_CATEGORIES, generateArticles, rng } from '../../scripts/bench/generate.mjs';
import type { FilterSpec } from '../../src/search/pagefind-search';
import { escapeHtml } from '../../src/shared/text';

/** A page to index. */
export interface CorpusPage {
  url: string;
  html: string;
}

/** A query, the index language it runs in, and any filters. */
export interface DifferentialQuery {
  kind: 'word' | 'prefix' | 'pair' | 'phrase' | 'hyphenated' | 'number' | 'filter' | 'real' | 'hindi';
  query: string;
  lang: 'en' | 'hi';
  filters?: FilterSpec;
}

type Generated = ReturnType<typeof generateArticles>[number];

/** The article page's search markup (src/pages/articles/[slug].astro, SearchMeta.astro), chrome outside the body. */
function articleHtml(a: Generated, tags: string[]): string {
  const category = BENCH_CATEGORIES.find((c) => c.slug === a.category)!.title;
  const e = escapeHtml;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${e(a.title)}</title></head><body>
<nav>Home › ${e(category)}</nav><article>
<div data-pagefind-body><h1 data-pagefind-weight="10">${e(a.title)}</h1>
<div hidden><span data-pagefind-meta="quickAnswer[data-value]" data-value="${e(a.quickAnswer)}"></span>
<span data-pagefind-meta="category[data-value]" data-value="${e(category)}"></span>
<span data-pagefind-filter="category[data-value]" data-value="${e(category)}"></span>
${tags.map((t) => `<span data-pagefind-filter="tag[data-value]" data-value="${e(t)}"></span>`).join('')}
<p data-pagefind-weight="7">${e(a.keywords.join('. '))}</p></div>
<aside>${e(a.quickAnswer)}</aside></div>
<p>Updated <time>25 November 2026</time></p>
<div data-pagefind-body><p>${e(a.intro)}</p><h2 id="steps">Steps</h2><table>${a.tasks
    .map((t) => `<tr><td>${e(t.task)}</td><td>${e(t.where)}</td><td>${e(t.success)}${t.note ? ` ${e(t.note)}` : ''}</td></tr>`)
    .join('')}</table>
${a.sections
  .map(
    (s) =>
      `<h2>${e(s.title)}</h2>${s.paragraphs.map((p) => `<p>${e(p)}</p>`).join('')}${s.sub ? `<h3>${e(s.sub.title)}</h3><p>${e(s.sub.text)}</p>` : ''}`,
  )
  .join('\n')}
${a.callout ? `<div><p>${e(a.callout.text)}</p></div>` : ''}<h2>Troubleshooting</h2>${a.troubles
    .map((t) => `<details><summary>${e(t.problem)}</summary><p>${e(t.action)}</p></details>`)
    .join('')}</div>
</article></body></html>`;
}

/** The generated articles; tags are their keywords, as on the real site. */
export function generatedPages(count: number): { pages: CorpusPage[]; articles: Generated[] } {
  const articles = generateArticles({ count, seed: 12 });
  return {
    articles,
    pages: articles.map((a) => ({ url: `/articles/${a.slug}/`, html: articleHtml(a, a.keywords) })),
  };
}

/** The real built article pages under `dist` (`npm run build` first). */
export function realPages(dist: string): CorpusPage[] {
  const dir = join(dist, 'articles');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ url: `/articles/${d.name}/`, html: readFileSync(join(dir, d.name, 'index.html'), 'utf8') }));
}

/** The Hindi test pages (`lang="hi"`) in tests/fixtures/search-hindi. */
export function hindiPages(fixtures: string): CorpusPage[] {
  return readdirSync(fixtures)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ url: `/hi/${f.replace(/\.html$/, '')}/`, html: readFileSync(join(fixtures, f), 'utf8') }));
}

const textOf = (html: string) =>
  html
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#\w]+;/g, ' ');

/** Over 300 queries drawn from the corpus: single words, prefixes, pairs, phrases, hyphenated words, numbers, filters, Hindi. */
export function differentialQueries(articles: Generated[], real: CorpusPage[], hindi: CorpusPage[]): DifferentialQuery[] {
  const random = rng(2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentences = articles
    .slice(0, 200)
    .flatMap((a) => [a.title, a.quickAnswer, ...a.intro.split(/(?<=\.) /)])
    .map((s) =>
      s
        .replace(/[?.!,;:()]/g, '')
        .split(/\s+/)
        .filter(Boolean),
    );
  const words = [...new Set(sentences.flat().map((w) => w.toLowerCase()))].filter((w) => /^[a-z]{3,}$/.test(w)).sort();
  const queries: DifferentialQuery[] = [];
  const add = (kind: DifferentialQuery['kind'], query: string, filters?: FilterSpec, lang: 'en' | 'hi' = 'en') => {
    if (!queries.some((q) => q.query === query && q.lang === lang && JSON.stringify(q.filters) === JSON.stringify(filters)))
      queries.push({ kind, query, lang, ...(filters ? { filters } : {}) });
  };
  while (queries.length < 80) add('word', pick(words));
  for (let n = 0; n < 40; n++) {
    const w = pick(words);
    add('prefix', w.slice(0, 3 + (n % 3)));
  }
  for (let n = 0; n < 60; n++) {
    const s = pick(sentences.filter((x) => x.length > 3));
    const i = Math.floor(random() * (s.length - 2));
    add('pair', `${s[i]} ${s[i + 2]}`);
  }
  for (let n = 0; n < 30; n++) {
    const s = pick(sentences.filter((x) => x.length > 6));
    const i = Math.floor(random() * (s.length - 5));
    add('phrase', s.slice(i, i + 3 + (n % 3)).join(' '));
  }
  const hyphenated = [
    ...new Set(articles.flatMap((a) => [...a.keywords, a.title, a.intro].join(' ').match(/\b\w+(?:-\w+)+\b/g) ?? [])),
    ...new Set(real.flatMap((p) => textOf(p.html).match(/\b[a-z]+(?:-[a-z]+)+\b/gi) ?? [])),
  ];
  for (const h of hyphenated.slice(0, 25)) add('hyphenated', h);
  add('hyphenated', 'two-factor login');
  add('hyphenated', 'e-mandate card');
  add('pair', 'auto-pay a');
  for (const q of ['1', '2', '3', '12', '24', '2026', 'step 1', 'step 3', '80', '443', '5060', '10 digits', '9 options', 'ivr 2'])
    add('number', q);
  const categories = BENCH_CATEGORIES.map((c) => c.title);
  const tags = [...new Set(articles.flatMap((a) => a.keywords))].sort();
  for (let n = 0; n < 45; n++) {
    const query = n % 3 === 0 ? pick(words) : `${pick(words)} ${pick(words)}`;
    const kind = n % 5;
    const filters: FilterSpec =
      kind === 0
        ? { category: pick(categories) }
        : kind === 1
          ? { tag: { all: [pick(tags)] } }
          : kind === 2
            ? { category: pick(categories), tag: { any: [pick(tags), pick(tags)] } }
            : kind === 3
              ? { tag: { none: [pick(tags)] } }
              : { tag: [pick(tags), pick(tags)] };
    add('filter', query, filters);
  }
  const realWords = [
    ...new Set(
      real.flatMap((p) => {
        const body = /data-pagefind-body[\s\S]*$/.exec(p.html)?.[0] ?? '';
        return (
          textOf(body)
            .toLowerCase()
            .match(/\b[a-z]{4,}\b/g) ?? []
        );
      }),
    ),
  ].sort();
  for (let n = 0; n < 40; n++) add('real', n % 2 ? pick(realWords) : `${pick(realWords)} ${pick(realWords)}`);
  const hindiWords = [
    ...new Set(
      hindi.flatMap((p) => textOf(/data-pagefind-body[\s\S]*$/.exec(p.html)?.[0] ?? '').match(/[\p{L}\p{M}\p{N}-]+/gu) ?? []),
    ),
  ]
    .filter((w) => /\p{Script=Devanagari}/u.test(w))
    .sort();
  for (const q of ['भुगतान', 'रसीद नहीं आई', 'ई-मैंडेट', 'आईवीआर मेनू', 'पासवर्ड रीसेट', 'लड़कों', 'कॉल फ़्लो', 'रसीदें', 'करें।', 'भुग'])
    add('hindi', q, undefined, 'hi');
  for (let n = 0; n < 20; n++)
    add('hindi', n % 2 ? pick(hindiWords) : `${pick(hindiWords)} ${pick(hindiWords)}`, undefined, 'hi');
  add('hindi', 'payment', undefined, 'hi');
  add('hindi', 'रसीद', { category: 'बिलिंग' }, 'hi');
  return queries;
}
