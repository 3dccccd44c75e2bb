import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lintArticle, type LintProblem } from './lib/lint';

/**
 * Lints every article in `<contentDir>/articles/*.mdx` (files starting with `_`
 * are partials and skipped). Paths in the problems are relative to the current
 * folder, the project root when run by npm or Astro.
 */
export function lintContent(contentDir: string): LintProblem[] {
  const folder = join(contentDir, 'articles');
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    throw new Error(
      `${folder} cannot be read (${(error as Error).message}); set HELPCENTER_CONTENT to a folder with an articles/ folder`,
      {
        cause: error,
      },
    );
  }
  return names
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      return lintArticle(relative(process.cwd(), path), readFileSync(path, 'utf8'));
    });
}
