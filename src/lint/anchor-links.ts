/**
 * The check of links to anchors between articles: a link to
 * `/articles/<slug>/#anchor` (or `#anchor` in the same article) must lead to
 * an id that article has. Run by the article loader over every article before
 * any page is written.
 */
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
  links: readonly AnchorLink[];
}

/** How many of an article's anchors a message lists. */
const LISTED = 8;

/**
 * Every link to a missing anchor, at its file:line, with the anchors the
 * target article does have, closest first. Links to a slug no article has are
 * left to the link check of the built site.
 */
export function anchorLinkProblems(articles: readonly ArticleTargets[], base = '/'): Problem[] {
  const prefix = `${base.replace(/\/+$/, '')}/articles/`;
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const problems: Problem[] = [];
  for (const article of articles) {
    for (const link of article.links) {
      const [path = '', fragment] = link.href.split('#', 2);
      if (!fragment) continue;
      const slug =
        path === '' ? article.slug : path.startsWith(prefix) ? path.slice(prefix.length).replace(/\/$/, '') : undefined;
      const target = slug === undefined ? undefined : bySlug.get(slug);
      if (!target) continue;
      const anchor = decodeURIComponent(fragment);
      if (target.ids.includes(anchor)) continue;
      const nearest = [...new Set(target.anchors ?? target.ids)]
        .map((id) => ({ id, distance: editDistance(anchor, id) }))
        .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
        .slice(0, LISTED)
        .map(({ id }) => `#${id}`);
      const where = target === article ? 'this article' : `/articles/${target.slug}/ (${target.path})`;
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
