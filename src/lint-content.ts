import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
  problems.push(...lintTranslations(folder, names, rules));
  if (options.cacheFile) {
    mkdirSync(dirname(options.cacheFile), { recursive: true });
    writeFileSync(options.cacheFile, JSON.stringify({ version, files } satisfies LintCache));
  }
  return problems;
}

/**
 * Lints the translations in `<folder>/<lang>/*.mdx` (a folder per language code)
 * with the same rules, and checks that each has an English article of the same
 * file name and the same `id`.
 */
function lintTranslations(folder: string, englishNames: readonly string[], rules: typeof LINT_RULES): LintProblem[] {
  const idOf = (source: string) => /^id:\s*["']?([^"'\n]+?)["']?\s*$/m.exec(source.split(/^---\s*$/m)[1] ?? '')?.[1];
  return englishNames
    .filter((name) => /^[a-z]{2,3}$/.test(name) && statSync(join(folder, name)).isDirectory())
    .sort()
    .flatMap((lang) =>
      readdirSync(join(folder, lang))
        .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
        .sort()
        .flatMap((name) => {
          const path = relative(process.cwd(), join(folder, lang, name));
          const source = readFileSync(join(folder, lang, name), 'utf8');
          const found = lintArticle(path, source, rules);
          const englishPath = relative(process.cwd(), join(folder, name));
          if (!englishNames.includes(name)) {
            found.push({
              file: path,
              line: 1,
              column: 1,
              rule: 'translation-of',
              message: `no English article ${englishPath} for this translation`,
              fix: 'give the translation the file name of its English article, or write the English article first',
            });
          } else {
            const id = idOf(source);
            const englishId = idOf(readFileSync(join(folder, name), 'utf8'));
            if (id !== englishId)
              found.push({
                file: path,
                line: 1,
                column: 1,
                rule: 'translation-of',
                message: `id "${id ?? ''}" differs from "${englishId ?? ''}" in ${englishPath}`,
                fix: `keep the English article's id: id: "${englishId ?? ''}"`,
              });
          }
          return found;
        }),
    );
}
