/**
 * Translations of articles: the rules a translation must keep (an English
 * article with the same slug, the same `id`) and where each language stands
 * (translated, missing, outdated). Pure: the loaders hand the articles over.
 */
import { editDistance } from '../shared/closest';
import { FILE_START, type Place, type Problem } from '../lint/problems';

/** The little of an article these rules need. */
export interface TranslatableArticle {
  /** File name without `.mdx`. */
  slug: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: { id: string; title: string; updated: Date };
}

/** Where one language stands. Lists hold slugs, sorted. */
export interface TranslationStatus {
  lang: string;
  /** Translated and at least as recent as the English article. */
  translated: string[];
  /** No translation: the language's page shows the English article. */
  missing: string[];
  /** Translated, but the English article's `updated` is later than the translation's. */
  outdated: string[];
}

/** What the translation rule needs of an article: its slug, file, id and, if known, where its `id` is written. */
export interface TranslationIdentity {
  slug: string;
  file: string;
  data: { id: string };
  /** Where `id:` is written in the file; the file's start when not given. */
  idPlace?: Place | undefined;
}

/**
 * Every translation that breaks a rule (`translation-of`): no English article of that slug, or a
 * different `id`. One rule for the content check and the pages.
 */
export function checkTranslations(
  english: readonly TranslationIdentity[],
  translations: readonly TranslationIdentity[],
  englishFolder: string,
): Problem[] {
  const bySlug = new Map(english.map((a) => [a.slug, a]));
  const problems: Problem[] = [];
  for (const translation of translations) {
    const original = bySlug.get(translation.slug);
    if (!original) {
      problems.push({
        file: translation.file,
        ...FILE_START,
        rule: 'translation-of',
        message: `no English article ${englishFolder}/${translation.slug}.mdx for this translation`,
        fix: 'give the translation the file name of its English article, or write the English article first',
      });
    } else if (String(original.data.id) !== String(translation.data.id)) {
      problems.push({
        file: translation.file,
        ...(translation.idPlace ?? FILE_START),
        rule: 'translation-of',
        message: `id "${translation.data.id}" differs from "${original.data.id}" in ${original.file}`,
        fix: `keep the English article's id: id: "${original.data.id}"`,
      });
    }
  }
  return problems;
}

/** A translation is outdated when its English article was updated on a later day. */
export const isOutdated = (english: TranslatableArticle, translation: TranslatableArticle) =>
  english.data.updated.getTime() > translation.data.updated.getTime();

/** Translated, missing and outdated articles of `lang`. */
export function translationStatus(
  lang: string,
  english: readonly TranslatableArticle[],
  translations: readonly TranslatableArticle[],
): TranslationStatus {
  const bySlug = new Map(translations.map((a) => [a.slug, a]));
  const status: TranslationStatus = { lang, translated: [], missing: [], outdated: [] };
  for (const article of [...english].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const translation = bySlug.get(article.slug);
    if (!translation) status.missing.push(article.slug);
    else if (isOutdated(article, translation)) status.outdated.push(article.slug);
    else status.translated.push(article.slug);
  }
  return status;
}

/** One line per language, e.g. "hi: 5 translated, 1 outdated, 7 missing of 13". */
export function statusLine(statuses: readonly TranslationStatus[]): string {
  return statuses
    .map((s) => {
      const total = s.translated.length + s.outdated.length + s.missing.length;
      return `${s.lang}: ${s.translated.length} translated, ${s.outdated.length} outdated, ${s.missing.length} missing of ${total}`;
    })
    .join('; ');
}

/** The report of `npm run translations`: per language, a summary line, then the outdated and missing articles. */
export function formatTranslationReport(statuses: readonly TranslationStatus[]): string {
  if (statuses.length === 0) return 'The site has one language: nothing to translate (add languages in content/site.json).';
  return statuses
    .map((s) => {
      const lines = [statusLine([s])];
      if (s.outdated.length > 0) lines.push(`  outdated (the English article changed since): ${s.outdated.join(', ')}`);
      if (s.missing.length > 0) lines.push(`  missing (shown in English): ${s.missing.join(', ')}`);
      if (s.translated.length > 0) lines.push(`  translated: ${s.translated.join(', ')}`);
      return lines.join('\n');
    })
    .join('\n\n');
}

/** A language's names of categories and tags (`content/names.<lang>.json`): slug → name. */
export interface LocalNames {
  categories: Readonly<Record<string, { title: string; description: string }>>;
  tags: Readonly<Record<string, string>>;
}

/** The line of `"key":` in JSON `text`, looking from `from` on (1 when not found). */
function lineOfKey(text: string, key: string, from = 0): number {
  const at = text.slice(from).search(new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`));
  return at < 0 ? 1 : text.slice(0, from + at).split('\n').length;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a language's names file (`text`, at `file`): `{ "categories": { "<slug>":
 * { "title", "description" } }, "tags": { "<slug>": "name" } }`, both parts
 * optional. Every problem is at its file:line: not JSON, a wrong shape, a name
 * too long or empty, a slug no category or tag has (`known`, closest named).
 * Returns the names that are usable, so one bad entry does not hide the others.
 */
export function readNames(
  text: string,
  file: string,
  known: { categories: readonly string[]; tags: readonly string[] },
): { names: LocalNames; problems: Problem[] } {
  const problems: Problem[] = [];
  const names: { categories: Record<string, { title: string; description: string }>; tags: Record<string, string> } = {
    categories: {},
    tags: {},
  };
  const problem = (line: number, message: string, fix: string) =>
    problems.push({ file, line, column: 1, rule: 'translation-names', message, fix });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    problem(1, `the file cannot be read as JSON (${(error as Error).message})`, 'see docs/i18n.md for its shape');
    return { names, problems };
  }
  const shape = '{ "categories": { "<slug>": { "title": "…", "description": "…" } }, "tags": { "<slug>": "…" } }';
  if (!isRecord(raw)) {
    problem(1, 'expected an object with "categories" and "tags"', `write it as ${shape}`);
    return { names, problems };
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'categories' && key !== 'tags')
      problem(lineOfKey(text, key), `unknown part "${key}"`, 'keep only "categories" and "tags"');
  }
  const unknown = (kind: 'category' | 'tag', slug: string, line: number, slugs: readonly string[]) => {
    const closest = [...slugs].sort((a, b) => editDistance(slug, a) - editDistance(slug, b) || a.localeCompare(b))[0];
    problem(
      line,
      `no ${kind} has the slug "${slug}"`,
      closest
        ? `did you mean "${closest}"? Use the slug of ${kind === 'category' ? 'content/categories.json' : 'a tag (its /tags/<slug>/ URL)'}`
        : `remove it`,
    );
  };
  const categoriesAt = text.search(/"categories"\s*:/);
  if (raw.categories !== undefined) {
    if (!isRecord(raw.categories))
      problem(
        lineOfKey(text, 'categories'),
        '"categories" must be an object of slug → { title, description }',
        `write it as ${shape}`,
      );
    else
      for (const [slug, value] of Object.entries(raw.categories)) {
        const line = lineOfKey(text, slug, Math.max(categoriesAt, 0));
        if (!known.categories.includes(slug)) unknown('category', slug, line, known.categories);
        else if (!isRecord(value) || typeof value.title !== 'string' || typeof value.description !== 'string')
          problem(
            line,
            `the category "${slug}" needs a "title" and a "description", both text`,
            'write { "title": "…", "description": "…" }',
          );
        else if (value.title.trim() === '' || value.title.length > 40)
          problem(
            line,
            `the title of "${slug}" must have 1 to 40 characters (it has ${value.title.trim().length})`,
            'shorten or write it',
          );
        else if (value.description.trim() === '' || value.description.length > 200)
          problem(
            line,
            `the description of "${slug}" must have 1 to 200 characters (it has ${value.description.trim().length})`,
            'shorten or write it',
          );
        else names.categories[slug] = { title: value.title, description: value.description };
      }
  }
  const tagsAt = text.search(/"tags"\s*:/);
  if (raw.tags !== undefined) {
    if (!isRecord(raw.tags)) problem(lineOfKey(text, 'tags'), '"tags" must be an object of slug → name', `write it as ${shape}`);
    else
      for (const [slug, value] of Object.entries(raw.tags)) {
        const line = lineOfKey(text, slug, Math.max(tagsAt, 0));
        if (!known.tags.includes(slug)) unknown('tag', slug, line, known.tags);
        else if (typeof value !== 'string' || value.trim() === '')
          problem(line, `the name of the tag "${slug}" must be text`, 'write the tag’s name in quotes');
        else names.tags[slug] = value.trim();
      }
  }
  return { names, problems };
}
