/**
 * An article as every step of the build sees it: its slug, file, text,
 * frontmatter (with the place of each field) and its Markdown syntax tree,
 * parsed one way for the lint, the renderer and the Markdown exports. Pure: the
 * file is read by `src/content/articles.ts`, once per build.
 */
import type { Root } from 'mdast';
import type * as Yaml from 'yaml';
import { FILE_START, type Place, type Problem } from '../lint/problems';
import { parseSource, type ParseOutcome } from './parse-parallel';
import { onFirstUse } from '../build/on-first-use';

export { articleParser } from './parse-parallel';

/** The extension of article files. */
export const ARTICLE_EXTENSION = '.mdx';

/** Whether a file name (no folders) is an article: `<slug>.mdx`, not a `_partial.mdx`. The one place this is decided. */
export function isArticleFileName(name: string): boolean {
  return name.endsWith(ARTICLE_EXTENSION) && !name.startsWith('_');
}

/** The slug of an article file: its name without folders and `.mdx`. */
export function slugOfFile(file: string): string {
  return file.replace(/^.*[\\/]/, '').slice(0, -ARTICLE_EXTENSION.length);
}

/** One article, read and parsed. */
export interface ArticleFile {
  /** Path relative to the project root, used in every problem. */
  file: string;
  /** File name without `.mdx`: the URL segment of `/articles/<slug>/`. */
  slug: string;
  /** The whole file. */
  source: string;
  /** Frontmatter as plain YAML values (`{}` when there is none or it is broken); read on first use. */
  readonly data: Record<string, unknown>;
  /** The MDX after the frontmatter. */
  body: string;
  /**
   * Where a frontmatter field or list item is written: `['keywords', 2]` gives
   * the third keyword. With `text`, the place of that text inside the value when
   * it can be found. Falls back to the field, then to the frontmatter's first line.
   */
  at(path: readonly (string | number)[], text?: string): Place;
  /** The syntax tree (mdast with MDX and positions), parsed on first use; `undefined` when the file cannot be parsed. */
  readonly tree: Root | undefined;
  /** Why the file cannot be parsed (broken YAML or MDX), located where it was found; parses on first use. */
  readonly syntaxProblem: Problem | undefined;
  /** Takes the tree parsed elsewhere (`parseSources`, on another thread) for first use; ignored once parsed. */
  adoptTree(outcome: ParseOutcome): void;
  /**
   * Takes the frontmatter's values as a checked earlier reading of this same text found them, valid (the
   * content check's cache): `data` then needs no YAML parser, and `at` parses only when a problem asks.
   */
  adoptData(data: Record<string, unknown>): void;
  /**
   * Hands the tree over to a step that changes it (the renderer) and forgets it: a later `tree` parses
   * the source again. Spares a copy of the tree, and its memory once rendered.
   */
  takeTree(): Root | undefined;
}

/** Where an error thrown by the MDX parser was found. */
function parserPlace(error: { place?: unknown; reason?: string }): Place | undefined {
  const place = error.place as { line?: number; column?: number; start?: Place } | undefined;
  const start = place?.start ?? place;
  if (start?.line) return { line: start.line, column: start.column ?? 1 };
  // An element still open at the end of the file has no place, but its reason names the opening tag's.
  const named = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(error.reason ?? '');
  return named ? { line: Number(named[1]), column: Number(named[2]) } : undefined;
}

/** The problem for MDX the parser refused: a plain sentence first, the parser's own words after. */
function mdxProblem(file: string, error: unknown): Problem {
  const { reason, ruleId } = error as { reason?: string; ruleId?: string };
  const said = reason ?? (error as Error).message;
  const place = parserPlace(error as { place?: unknown; reason?: string }) ?? FILE_START;
  const unclosed = ruleId === 'end-tag-mismatch' ? /closing tag for `<([^>]*)>`/.exec(said)?.[1] : undefined;
  if (unclosed !== undefined) {
    return {
      file,
      ...place,
      rule: 'parse',
      message: `<${unclosed}> is opened here but never closed (the MDX parser says: ${said})`,
      fix: `write </${unclosed}> where its text ends, or end the tag with /> when it has none`,
    };
  }
  return {
    file,
    ...place,
    rule: 'parse',
    message: `the MDX cannot be parsed: ${said}`,
    fix: 'fix the syntax; write < as &lt; and { as \\{ in text',
  };
}

/** The frontmatter block at the top of an article: its text and first line, or none. */
function frontmatterOf(source: string): { text: string; firstLine: number; end: number } | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m.exec(source);
  if (!match || match.index !== 0) return undefined;
  return { text: match[1]!, firstLine: 2, end: match[0].length };
}

/** The YAML parser, loaded on first use: a warm build takes the values of unchanged articles from the content check's cache. */
const yamlLibrary = onFirstUse<typeof Yaml>('yaml', import.meta.url);

/** The frontmatter's values, the place of each field, and why it cannot be read if it cannot. */
function frontmatterData(
  file: string,
  text: string,
  firstLine: number,
): { data: Record<string, unknown>; problem?: Problem; at: ArticleFile['at'] } {
  const { isMap, isScalar, LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const placeOf = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: firstLine + line - 1, column: col };
  };
  const yamlError = doc.errors[0];
  const yamlProblem: Problem | undefined = yamlError && {
    file,
    ...placeOf(yamlError.pos[0]),
    rule: 'parse',
    message: `the frontmatter is not valid YAML: ${yamlError.message.split('\n')[0]}`,
    fix: 'fix the YAML between the --- lines; quote a value that contains ": " or starts with a quote',
  };
  const value: unknown = yamlError ? {} : doc.toJS();
  const data = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

  const at = (path: readonly (string | number)[], wanted?: string): Place => {
    const fallback: Place = { line: firstLine, column: 1 };
    const [field, ...rest] = path;
    if (!isMap(doc.contents) || field === undefined) return fallback;
    const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === field);
    const keyRange = (pair?.key as Yaml.Node | undefined)?.range;
    if (!pair || !keyRange) return fallback;
    const node = (rest.length > 0 ? doc.getIn(path, true) : pair.value) as Yaml.Node | undefined;
    const range = node?.range;
    if (!range) return placeOf(keyRange[0]);
    if (wanted) {
      const index = text.slice(range[0], range[1]).indexOf(wanted);
      if (index >= 0) return placeOf(range[0] + index);
    }
    return rest.length > 0 ? placeOf(range[0]) : placeOf(keyRange[0]);
  };
  return { data, at, ...(yamlProblem ? { problem: yamlProblem } : {}) };
}

/**
 * Reads the article `source` of the file `file` (relative to the project root;
 * its name gives the slug). The frontmatter and the syntax tree are read on
 * first use, so a step that needs neither pays for neither.
 */
export function parseArticleFile(file: string, source: string): ArticleFile {
  const front = frontmatterOf(source);
  const firstLine = front?.firstLine ?? 1;
  const text = front?.text ?? '';
  let yaml: { data: Record<string, unknown>; problem?: Problem; at: ArticleFile['at'] } | undefined;
  // The YAML is read on first use: a build whose check results are cached never needs it.
  const readYaml = () => (yaml ??= frontmatterData(file, text, firstLine));
  let adoptedData: Record<string, unknown> | undefined;

  let parsed: { tree?: Root; problem?: Problem } | undefined;
  let adopted: ParseOutcome | undefined;
  const parse = () => {
    if (parsed) return parsed;
    // Adopted values were valid YAML.
    const yamlProblem = adoptedData && !yaml ? undefined : readYaml().problem;
    if (yamlProblem) return (parsed = { problem: yamlProblem });
    const outcome = adopted ?? parseSource(source);
    adopted = undefined;
    return (parsed = 'tree' in outcome ? { tree: outcome.tree } : { problem: mdxProblem(file, outcome.error) });
  };

  return {
    file,
    slug: slugOfFile(file),
    source,
    get data() {
      return yaml?.data ?? adoptedData ?? readYaml().data;
    },
    body: front ? source.slice(front.end) : source,
    at: (path, wanted) => readYaml().at(path, wanted),
    get tree() {
      return parse().tree;
    },
    get syntaxProblem() {
      return parse().problem;
    },
    adoptTree(outcome) {
      if (!parsed) adopted = outcome;
    },
    adoptData(data) {
      if (!yaml) adoptedData = data;
    },
    takeTree() {
      const { tree } = parse();
      parsed = undefined;
      return tree;
    },
  };
}
