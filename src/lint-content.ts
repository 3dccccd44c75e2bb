import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { LINT_RULES, lintArticle, sourcesRequired, type LintProblem } from './lib/lint';
import { categoriesSchema } from './lib/schema/category';
import { sourceDigest } from './source-digest';

/** Remembered lint results: per file, a digest of its text and the problems found in it. */
interface LintCache {
  version: string;
  files: Record<string, { digest: string; problems: LintProblem[] }>;
}

function readCache(file: string, version: string): LintCache['files'] {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as LintCache;
    return cache.version === version ? cache.files : {};
  } catch {
    return {};
  }
}

function readOptional(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

// A categories.json that cannot be read is reported by the build with its own message; the lint then checks no category rule.
function declaredCategories(text: string): { slug: string; requireSources?: boolean | undefined }[] {
  try {
    const parsed = categoriesSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/**
 * Lints every article in `<contentDir>/articles/*.mdx` (files starting with `_`
 * are partials and skipped). Paths in the problems are relative to the current
 * folder, the project root when run by npm or Astro.
 *
 * With `cacheFile`, results are remembered there per file, keyed by the file's
 * text and the lint's own code (`src/lib`), so a build lints only the articles
 * that changed since the last one.
 */
export function lintContent(contentDir: string, options: { cacheFile?: string } = {}): LintProblem[] {
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
  // Rules that depend on the categories (which require sources) are stale when categories.json changes.
  const categoriesText = readOptional(join(contentDir, 'categories.json'));
  const rules = { ...LINT_RULES, 'sources-required': sourcesRequired(declaredCategories(categoriesText)) };
  const version = options.cacheFile
    ? `${sourceDigest(process.cwd(), ['src/lib', 'package-lock.json'])}:${createHash('sha256').update(categoriesText).digest('hex')}`
    : '';
  const cached = options.cacheFile ? readCache(options.cacheFile, version) : {};
  const files: LintCache['files'] = {};
  const problems = names
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .flatMap((name) => {
      const path = relative(process.cwd(), join(folder, name));
      const source = readFileSync(join(folder, name), 'utf8');
      const digest = createHash('sha256').update(source).digest('hex');
      const found = cached[path]?.digest === digest ? cached[path].problems : lintArticle(path, source, rules);
      files[path] = { digest, problems: found };
      return found;
    });
  if (options.cacheFile) {
    mkdirSync(dirname(options.cacheFile), { recursive: true });
    writeFileSync(options.cacheFile, JSON.stringify({ version, files } satisfies LintCache));
  }
  return problems;
}
