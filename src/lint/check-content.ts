import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { categories, retired, retiredFile, settings } from '../content/files';
import { articlesFolder, parseArticles, readArticles } from '../content/articles';
import type { ArticleFile } from '../content/article-source';
import { checkAcrossArticles, checkArticle, checkSettings, siteFactsOf } from './index';
import { compareProblems, type Problem } from './problems';
import { checkSynonyms } from '../search/synonyms';
import { checkTranslations, readNames, type TranslationIdentity } from '../content/translations';
import { articleTagSlugs } from '../content/tags';
import type { SiteFacts } from '../content/site-model';
import { codeDigest } from '../build/source-digest';

/** Remembered check results: per file, a digest of its text, the problems found in it and what the site checks need of it. */
interface CheckCache {
  version: string;
  files: Record<string, FileResult>;
}

/** What the checks found in one article file, and what the checks across files need of it. */
interface FileResult {
  digest: string;
  problems: Problem[];
  facts?: SiteFacts | undefined;
  /** Tag slugs of its keywords (for the names files). */
  tags: string[];
  /** Its frontmatter's values, when it has no problem: later steps of the build take them instead of parsing the YAML. */
  data?: Record<string, unknown> | undefined;
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
 * Checks every article in `<contentDir>/articles` and its language folders (see `isArticleFileName`):
 * its syntax, its frontmatter against the schema, every lint rule and the
 * components it uses, then the rules spanning articles, the translations' ids, the synonyms and names
 * files and the site settings. Returns every problem,
 * sorted by file and place. Paths are relative to the current folder.
 *
 * With `cacheFile`, the results of each file are remembered there, keyed by
 * its text, the declared categories and the check's own code (all it imports), so a
 * build checks again only the articles that changed since the last one.
 */
export function checkContent(contentDir: string, options: { cacheFile?: string } = {}): Problem[] {
  const folder = articlesFolder(contentDir);
  const articles = readArticles(folder);
  const languages = existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => /^[a-z]{2,3}$/.test(name) && statSync(join(folder, name)).isDirectory())
        .sort()
    : [];
  const translations = languages.map((lang) => ({ lang, articles: readArticles(join(folder, lang)) }));
  const version = options.cacheFile ? codeDigest(process.cwd(), ['src/lint/check-content.ts'], [JSON.stringify(context)]) : '';
  const cached = options.cacheFile ? readCache(options.cacheFile, version) : {};
  const files: CheckCache['files'] = {};
  const everyArticle = [...articles, ...translations.flatMap((t) => t.articles)];
  const digests = new Map(everyArticle.map((article) => [article, createHash('sha256').update(article.source).digest('hex')]));
  // The articles to check need their trees: parsed all at once, on two threads when there are many.
  parseArticles(everyArticle.filter((article) => cached[article.file]?.digest !== digests.get(article)));
  // An unchanged article's results come from the cache, and its frontmatter's values with them (valid, so plain
  // JSON values): the YAML is parsed again only to place a problem.
  const resultOf = (article: ArticleFile): FileResult => {
    const digest = digests.get(article)!;
    const hit = cached[article.file];
    if (hit?.digest === digest) {
      if (hit.data) article.adoptData(hit.data);
      return (files[article.file] = hit);
    }
    const problems = checkArticle(article, context);
    return (files[article.file] = {
      digest,
      problems,
      facts: siteFactsOf(article, context),
      tags: Array.isArray(article.data.keywords) ? articleTagSlugs(article.data.keywords.map(String)) : [],
      ...(problems.length === 0 ? { data: article.data } : {}),
    });
  };
  const english = articles.map(resultOf);
  const problems = english.flatMap((result) => result.problems);
  const facts = english.flatMap((result) => (result.facts ? [result.facts] : []));
  problems.push(
    ...acrossArticles(facts, articles),
    ...settingsProblems(contentDir, articles),
    ...synonymProblems(contentDir),
    ...translations.flatMap(({ articles: translated }) => {
      const results = translated.map(resultOf);
      return [
        ...results.flatMap((result) => result.problems),
        ...checkTranslations(
          articles.map((article, i) => identity(article, english[i]!)),
          translated.map((article, i) => identity(article, results[i]!)),
          relative(process.cwd(), folder),
        ),
      ];
    }),
    ...nameProblems(english, contentDir),
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
 * What the translation rule needs of an article (see `checkTranslations`): its `id` from the checked facts, or
 * from the frontmatter when the schema refused it. Where `id:` is written is read only if a problem asks.
 */
function identity(article: ArticleFile, result: FileResult): TranslationIdentity {
  return {
    slug: article.slug,
    file: article.file,
    data: { id: String(result.facts?.data.id ?? article.data.id ?? '') },
    get idPlace() {
      return article.at(['id']);
    },
  };
}

/** The problems of each language's names of categories and tags, `<contentDir>/names.<lang>.json` (see docs/i18n.md). */
function nameProblems(english: readonly FileResult[], contentDir: string): Problem[] {
  const names = (existsSync(contentDir) ? readdirSync(contentDir) : [])
    .filter((name) => /^names\.[a-z]{2,3}\.json$/.test(name))
    .sort();
  if (names.length === 0) return [];
  const known = { categories: categories.map((c) => c.slug), tags: [...new Set(english.flatMap((result) => result.tags))] };
  return names.flatMap((name) => {
    const path = join(contentDir, name);
    return readNames(readFileSync(path, 'utf8'), relative(process.cwd(), path), known).problems;
  });
}
