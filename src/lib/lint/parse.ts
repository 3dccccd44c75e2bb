import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { MdNode } from './mdx';
import type { LintProblem, ParsedArticle, Place } from './types';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** The slug of an article file: its name without folders and `.mdx`. */
export function slugOfFile(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.mdx$/, '');
}

/**
 * Parses an MDX article for the lint rules. Returns the parsed article, or the
 * problem that stopped parsing (broken MDX or YAML), located where it was found.
 */
export function parseArticle(file: string, source: string): ParsedArticle | LintProblem {
  let tree: MdNode;
  try {
    tree = processor.parse(source) as MdNode;
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: Place } }).place;
    const start = place && 'start' in place && place.start ? place.start : place;
    return {
      file,
      rule: 'parse',
      line: start?.line ?? 1,
      column: start?.column ?? 1,
      message: `the MDX cannot be parsed: ${(error as { reason?: string }).reason ?? (error as Error).message}`,
      fix: 'fix the syntax; write < as &lt; and { as \\{ in text',
    };
  }

  const yamlNode = tree.children?.[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const firstLine = yamlNode?.position ? yamlNode.position.start.line + 1 : 1;
  const text = yamlNode?.value ?? '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const placeOf = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: firstLine + line - 1, column: col };
  };
  const yamlError = doc.errors[0];
  if (yamlError) {
    return {
      file,
      rule: 'parse',
      ...placeOf(yamlError.pos[0]),
      message: `the frontmatter is not valid YAML: ${yamlError.message.split('\n')[0]}`,
      fix: 'fix the YAML between the --- lines; quote a value that contains ": " or starts with a quote',
    };
  }
  const data: unknown = doc.toJS();

  const at = (path: readonly (string | number)[], wanted?: string): Place => {
    const fallback: Place = { line: firstLine, column: 1 };
    const [field, ...rest] = path;
    if (!isMap(doc.contents) || field === undefined) return fallback;
    const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === field);
    const keyRange = (pair?.key as YamlNode | undefined)?.range;
    if (!pair || !keyRange) return fallback;
    const node = (rest.length > 0 ? doc.getIn(path, true) : pair.value) as YamlNode | undefined;
    const range = node?.range;
    if (!range) return placeOf(keyRange[0]);
    if (wanted) {
      const index = text.slice(range[0], range[1]).indexOf(wanted);
      if (index >= 0) return placeOf(range[0] + index);
    }
    return rest.length > 0 ? placeOf(range[0]) : placeOf(keyRange[0]);
  };

  return {
    file,
    slug: slugOfFile(file),
    data: typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    tree,
    at,
  };
}
