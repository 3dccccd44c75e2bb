/**
 * The content problems `astro dev` has found in saved articles, kept until a
 * later save fixes them, so every page can show them (`src/middleware.ts`)
 * rather than a stale version of the site. The content loader and the pages
 * run as separate module instances, so the list lives on `globalThis`.
 */
import { ContentError, type Problem } from './problems';

const KEY = Symbol.for('helpcenter.dev-problems');
const slot = globalThis as { [KEY]?: readonly Problem[] };

/** Replaces the problems to show. */
export function setDevProblems(problems: readonly Problem[]): void {
  slot[KEY] = problems;
}

/** The problems to show now; none outside `astro dev` or when every saved article is fine. */
export function devProblems(): readonly Problem[] {
  return slot[KEY] ?? [];
}

/** Throws a `ContentError` listing the problems to show, if any: Astro's error overlay then shows it with each file:line. */
export function throwDevProblems(): void {
  const problems = devProblems();
  if (problems.length > 0) throw new ContentError(problems, 'save');
}
