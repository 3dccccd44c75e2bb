import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { categories, retired, retiredFile, settings } from '../content/files';
import { articlesFolder, parseArticles, readArticles } from '../content/articles';
import type { ArticleFile } from '../content/article-source';
import { checkAcrossArticles, checkArticle, checkSettings, siteFactsOf } from './index';
import { compareProblems, type Problem } from './problems';
import { checkSynonyms } from '../search/synonyms';
import { checkTranslations, readNames } from '../content/translations';
import { articleTagSlugs } from '../content/tags';
import type { SiteFacts } from '../content/site-model';
import { codeDigest } from '../build/source-digest';

/** Remembered check results: per file, a digest of its text, the problems found in it and what the site checks need of it. */
interface CheckCache {
  version: string;
  files: Record<string, { digest: string; problems: Problem[]; facts?: SiteFacts | undefined }>;
}

function readCache(file: string, version: string): CheckCache['files'] {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as CheckCache;
    return cache.version === version ? cache.files : {};
  } catch {
    return {};
  }
}

const context = {
  categories: categories.map((c) => c.slug),
  sourcesRequiredIn: categories.filter((c) => c.requireSources).map((c) => c.slug),
};

/** The checks spanning articles over `facts`; fields are placed by reading the frontmatter of the files named. */
function acrossArticles(facts: readonly SiteFacts[], articles: readonly ArticleFile[]): Problem[] {
  const byFile = new Map(articles.map((a) => [a.file, a]));
  return checkAcrossArticles(
    facts,
    { file: retiredFile, articles: retired },
    (file, field) => byFile.get(file)?.at(field) ?? { line: 1, column: 1 },
  );
}

/** The problems of `<contentDir>/synonyms.json` or a language's `synonyms.<lang>.json` (none when there is no such file). */
function synonymFileProblems(contentDir: string, name: string): Problem[] {
  const path = join(contentDir, name);
  if (!existsSync(path)) return [];
  const file = relative(process.cwd(), path);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return [
      {
        file,
        line: 1,
        column: 1,
        rule: 'synonyms',
        message: `the file cannot be read as JSON (${(error as Error).message})`,
        fix: 'write it as [["whitelist", "allow-list"], …]',
      },
    ];
  }
  return checkSynonyms(raw, file);
}

/** The problems of `<contentDir>/site.json` that only the articles can show (its shape is checked when it is read). */
function settingsProblems(contentDir: string, articles: readonly ArticleFile[]): Problem[] {
  const path = join(contentDir, 'site.json');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const index = text.indexOf('"featured"');
  const before = text.slice(0, Math.max(index, 0)).split('\n');
  const at = index < 0 ? { line: 1, column: 1 } : { line: before.length, column: before.at(-1)!.length + 1 };
  return checkSettings(
    settings,
    articles.map((a) => a.slug),
    relative(process.cwd(), path),
    at,
  );
}

/** The problems of every synonyms file: `synonyms.json` and each language's `synonyms.<lang>.json`. */
function synonymProblems(contentDir: string): Problem[] {
  const names = existsSync(contentDir) ? readdirSync(contentDir) : [];
  return ['synonyms.json', ...names.filter((name) => /^synonyms\.[a-z]{2,3}\.json$/.test(name)).sort()].flatMap((name) =>
    synonymFileProblems(contentDir, name),
  );
}

/**
 * Checks every article in `<contentDir>/articles` (see `isArticleFileName`):
 * its syntax, its frontmatter against the schema, every lint rule and the
 * components it uses, then the rules spanning articles and the synonyms file. Returns every problem,
 * sorted by file and place. Paths are relative to the current folder.
 *
 * With `cacheFile`, the results of each file are remembered there, keyed by
 * its text, the declared categories and the check's own code (all it imports), so a
 * build checks again only the articles that changed since the last one.
 */
export function checkContent(contentDir: string, options: { cacheFile?: string } = {}): Problem[] {
  const articles = readArticles(articlesFolder(contentDir));
  const version = options.cacheFile ? codeDigest(process.cwd(), ['src/lint/check-content.ts'], [JSON.stringify(context)]) : '';
  const cached = options.cacheFile ? readCache(options.cacheFile, version) : {};
  const files: CheckCache['files'] = {};
  const digests = articles.map((article) => createHash('sha256').update(article.source).digest('hex'));
  // The articles to check need their trees: parsed all at once, on two threads when there are many.
  parseArticles(articles.filter((article, i) => cached[article.file]?.digest !== digests[i]));
  const problems = articles.flatMap((article, i) => {
    const digest = digests[i]!;
    const hit = cached[article.file];
    const entry =
      hit?.digest === digest ? hit : { digest, problems: checkArticle(article, context), facts: siteFactsOf(article, context) };
    files[article.file] = entry;
    return entry.problems;
  });
  const facts = Object.values(files).flatMap((entry) => (entry.facts ? [entry.facts] : []));
  problems.push(
    ...acrossArticles(facts, articles),
    ...settingsProblems(contentDir, articles),
    ...synonymProblems(contentDir),
    ...translationProblems(articles, contentDir),
    ...nameProblems(articles, contentDir),
  );
  if (options.cacheFile) {
    mkdirSync(dirname(options.cacheFile), { recursive: true });
    writeFileSync(options.cacheFile, JSON.stringify({ version, files } satisfies CheckCache));
  }
  return problems.sort(compareProblems);
}

/**
 * Checks the article `changed` as it is now, with the other articles in its
 * folder as they are: its own problems and those spanning articles that
 * involve it. Used by `astro dev` on each save.
 */
export function checkChangedArticle(changed: ArticleFile, others: readonly ArticleFile[]): Problem[] {
  const articles = [...others.filter((a) => a.file !== changed.file), changed];
  const facts = articles.flatMap((a) => siteFactsOf(a, context) ?? []);
  return [
    ...checkArticle(changed, context),
    ...acrossArticles(facts, articles).filter((p) => p.file === changed.file || p.message.includes(changed.file)),
  ].sort(compareProblems);
}

/**
 * Checks the translations in `<contentDir>/articles/<lang>/` (a folder per language code) as articles,
 * and that each has an English article of the same file name and the same `id` (`checkTranslations`).
 */
function translationProblems(english: readonly ArticleFile[], contentDir: string): Problem[] {
  const folder = articlesFolder(contentDir);
  const identity = (a: ArticleFile) => ({
    slug: a.slug,
    file: a.file,
    data: { id: String(a.data.id ?? '') },
    idPlace: a.at(['id']),
  });
  return readdirSync(folder)
    .filter((name) => /^[a-z]{2,3}$/.test(name) && statSync(join(folder, name)).isDirectory())
    .sort()
    .flatMap((lang) => {
      const translations = readArticles(join(folder, lang));
      return [
        ...translations.flatMap((translation) => checkArticle(translation, context)),
        ...checkTranslations(english.map(identity), translations.map(identity), relative(process.cwd(), folder)),
      ];
    });
}

/** The problems of each language's names of categories and tags, `<contentDir>/names.<lang>.json` (see docs/i18n.md). */
function nameProblems(english: readonly ArticleFile[], contentDir: string): Problem[] {
  const known = {
    categories: categories.map((c) => c.slug),
    tags: [
      ...new Set(english.flatMap((a) => (Array.isArray(a.data.keywords) ? articleTagSlugs(a.data.keywords.map(String)) : []))),
    ],
  };
  return (existsSync(contentDir) ? readdirSync(contentDir) : [])
    .filter((name) => /^names\.[a-z]{2,3}\.json$/.test(name))
    .sort()
    .flatMap((name) => {
      const path = join(contentDir, name);
      return readNames(readFileSync(path, 'utf8'), relative(process.cwd(), path), known).problems;
    });
}
