/**
 * The check of links to anchors between articles: a link to
 * `/articles/<slug>/#anchor` (or `#anchor` in the same article) must lead to
 * an id that article has. Run by the article loader over every article before
 * any page is written.
 */
import { alignedIds } from '../render/align-anchors';
import { editDistance } from '../shared/closest';
import type { Problem } from './problems';

/** A link with a `#fragment` in an article, as written in its HTML (base path included). */
export interface AnchorLink {
  href: string;
  line: number;
}

/** What the check needs of one article. */
export interface ArticleTargets {
  slug: string;
  /** Its file, relative to the project root, for messages. */
  path: string;
  /** Every id in its HTML. */
  ids: readonly string[];
  /** The ids meant as link targets (headings, task rows, problems), suggested in messages; `ids` when absent. */
  anchors?: readonly string[] | undefined;
  /** The ids of its `data-anchor` elements in order, which a translation aligns with its English article's. */
  anchored?: readonly string[] | undefined;
  links: readonly AnchorLink[];
}

/** The article pages of one language: the base path they live under (`/`, `/hi/`) and what each page shows. */
export interface LanguagePages {
  base: string;
  pages: readonly ArticleTargets[];
}

/** How many of an article's anchors a message lists. */
const LISTED = 8;

/**
 * Every link to a missing anchor, at its file:line, with the anchors the
 * target article does have, closest first. Links to a slug no article has are
 * left to the link check of the built site.
 */
export function anchorLinkProblems(
  articles: readonly ArticleTargets[],
  base = '/',
  /** What the pages under `base` show (default `articles`), and the other languages' pages links may lead to. */
  options: { pages?: readonly ArticleTargets[]; others?: readonly LanguagePages[] } = {},
): Problem[] {
  const languages = [{ base, pages: options.pages ?? articles }, ...(options.others ?? [])].map((l) => ({
    prefix: `${l.base.replace(/\/+$/, '')}/articles/`,
    bySlug: new Map(l.pages.map((page) => [page.slug, page])),
  }));
  const problems: Problem[] = [];
  for (const article of articles) {
    for (const link of article.links) {
      const [path = '', fragment] = link.href.split('#', 2);
      if (!fragment) continue;
      let target: ArticleTargets | undefined;
      const anchor = decodeURIComponent(fragment);
      if (path === '') {
        // In the same page: its own ids (aligning renames the link with its target), or the aligned ones an author may use.
        target = languages[0]!.bySlug.get(article.slug) ?? article;
        if (article.ids.includes(anchor)) continue;
      } else {
        const language = languages.find((l) => path.startsWith(l.prefix));
        target = language?.bySlug.get(path.slice(language.prefix.length).replace(/\/$/, ''));
      }
      if (!target) continue;
      if (target.ids.includes(anchor)) continue;
      const nearest = [...new Set(target.anchors ?? target.ids)]
        .map((id) => ({ id, distance: editDistance(anchor, id) }))
        .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
        .slice(0, LISTED)
        .map(({ id }) => `#${id}`);
      const where = path === '' ? 'this article' : `${path} (${target.path})`;
      problems.push({
        file: article.path,
        line: link.line,
        column: 1,
        rule: 'anchor-links',
        message: `the link to "${link.href}" leads to no anchor: ${where} has no id "${anchor}"`,
        fix: nearest.length
          ? `link to one of its anchors, closest first: ${nearest.join(', ')}`
          : 'it has no anchors; link to the article itself',
      });
    }
  }
  return problems;
}

/**
 * What a language's article pages show, for `anchorLinkProblems`: each
 * translation with the ids its page has once aligned with its English article
 * (`#task-add-team-members` in both), and the English article where there is
 * no translation (the page shows it as a fallback).
 */
export function translatedPages(english: readonly ArticleTargets[], translations: readonly ArticleTargets[]): ArticleTargets[] {
  const bySlug = new Map(translations.map((t) => [t.slug, t]));
  return english.map((original) => {
    const translation = bySlug.get(original.slug);
    if (!translation) return original;
    const ids = alignedIds(translation.ids, translation.anchored ?? [], original.anchored ?? []);
    const anchors = alignedIds(translation.anchors ?? translation.ids, translation.anchored ?? [], original.anchored ?? []);
    return { ...translation, ids, anchors };
  });
}

/** The articles of one language as loaded: its code (none for the default language), its pages' base path and their targets. */
export interface LoadedLanguage {
  lang?: string | undefined;
  base: string;
  targets: ArticleTargets[];
}

/**
 * Every translation's links to missing anchors: a translation's links may lead
 * to its own language's pages (aligned with their English articles, see
 * `translatedPages`) or to the English ones, so they are checked once every
 * language is loaded. No problems when the default language is not among them.
 */
export function translationAnchorLinkProblems(languages: readonly LoadedLanguage[]): Problem[] {
  const english = languages.find((l) => l.lang === undefined);
  if (!english) return [];
  const others = [{ base: english.base, pages: english.targets }];
  return languages
    .filter((l) => l.lang !== undefined)
    .flatMap((l) => anchorLinkProblems(l.targets, l.base, { pages: translatedPages(english.targets, l.targets), others }));
}
