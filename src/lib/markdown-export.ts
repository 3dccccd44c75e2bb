/**
 * Turns an article's MDX body into plain Markdown for `/articles/<slug>.md`:
 * task tables become Markdown tables, troubleshooting entries
 * "**Problem:** … **Action:** …", callouts and quick answers block quotes, and
 * root-relative links absolute. Works on the raw body (`entry.body`) with a
 * small scanner for the components authors use; anything else is kept as written.
 */

import type { Source } from './sources';

type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

/** Reads a JavaScript literal (arrays, objects, strings, numbers, booleans) as written in a `tasks={…}` prop. */
export function parseLiteral(source: string): Literal {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`cannot read ${what} at character ${i} of ${JSON.stringify(source.slice(0, 60))}`);
  };
  const space = () => {
    for (;;) {
      while (i < source.length && /\s/.test(source[i]!)) i++;
      if (source.startsWith('//', i)) i = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
      else if (source.startsWith('/*', i)) i = source.indexOf('*/', i) + 2 || fail('a comment');
      else return;
    }
  };
  const string = (): string => {
    const quote = source[i++]!;
    let out = '';
    while (i < source.length && source[i] !== quote) {
      if (source[i] === '\\') {
        const next = source[++i]!;
        out += ({ n: '\n', t: '\t' } as Record<string, string>)[next] ?? next;
      } else out += source[i];
      i++;
    }
    if (source[i++] !== quote) fail('a string');
    return out;
  };
  const value = (): Literal => {
    space();
    const c = source[i];
    if (c === '"' || c === "'" || c === '`') return string();
    if (c === '[') {
      i++;
      const list: Literal[] = [];
      for (space(); source[i] !== ']'; space()) {
        list.push(value());
        space();
        if (source[i] === ',') i++;
        else if (source[i] !== ']') fail('an array');
      }
      i++;
      return list;
    }
    if (c === '{') {
      i++;
      const object: { [key: string]: Literal } = {};
      for (space(); source[i] !== '}'; space()) {
        let key: string;
        if (source[i] === '"' || source[i] === "'") key = string();
        else {
          key = /^[A-Za-z_$][\w$]*/.exec(source.slice(i))?.[0] ?? fail('a key');
          i += key.length;
        }
        space();
        if (source[i++] !== ':') fail('an object');
        object[key] = value();
        space();
        if (source[i] === ',') i++;
        else if (source[i] !== '}') fail('an object');
      }
      i++;
      return object;
    }
    const word = /^(-?\d+(?:\.\d+)?|true|false|null)/.exec(source.slice(i))?.[0] ?? fail('a value');
    i += word.length;
    return JSON.parse(word) as Literal;
  };
  const result = value();
  space();
  if (i < source.length) fail('the end');
  return result;
}

/** A component found in the body: its name, props and inner text. */
interface Found {
  name: string;
  props: Record<string, Literal>;
  children: string;
  end: number;
}

/** Reads the component starting at `start` (at its `<`), or undefined when it is not one. */
function readComponent(body: string, start: number): Found | undefined {
  const name = /^<([A-Z][A-Za-z0-9]*)/.exec(body.slice(start))?.[1];
  if (!name) return undefined;
  let i = start + name.length + 1;
  const props: Record<string, Literal> = {};
  for (;;) {
    while (/\s/.test(body[i] ?? '')) i++;
    if (body.startsWith('/>', i)) return { name, props, children: '', end: i + 2 };
    if (body[i] === '>') break;
    const prop = /^[A-Za-z][\w-]*/.exec(body.slice(i))?.[0];
    if (!prop) return undefined;
    i += prop.length;
    if (body[i] !== '=') {
      props[prop] = true;
      continue;
    }
    i++;
    if (body[i] === '"' || body[i] === "'") {
      const close = body.indexOf(body[i]!, i + 1);
      props[prop] = body.slice(i + 1, close);
      i = close + 1;
    } else if (body[i] === '{') {
      let depth = 0;
      let quote = '';
      const from = i;
      for (; i < body.length; i++) {
        const c = body[i]!;
        if (quote) {
          if (c === '\\') i++;
          else if (c === quote) quote = '';
        } else if (c === '"' || c === "'" || c === '`') quote = c;
        else if (c === '{') depth++;
        else if (c === '}' && --depth === 0) break;
      }
      const expression = body.slice(from + 1, i);
      i++;
      try {
        props[prop] = parseLiteral(expression);
      } catch {
        props[prop] = expression;
      }
    } else return undefined;
  }
  const close = body.indexOf(`</${name}>`, i);
  if (close === -1) return undefined;
  return { name, props, children: body.slice(i + 1, close), end: close + name.length + 3 };
}

const cell = (text: unknown) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const inline = (markdown: string) => markdown.replace(/\s*\n\s*/g, ' ').trim();

function componentToMarkdown(found: Found, asset: (path: string) => string): string | undefined {
  const { name, props, children } = found;
  switch (name) {
    case 'Figure':
      return `![${cell(props.alt)}](${asset(String(props.src))})\n\n*${cell(props.caption)}*`;
    case 'Video':
      return `[Video${typeof props.title === 'string' ? `: ${cell(props.title)}` : ''}](${asset(String(props.src))}) ([captions](${asset(String(props.captions))}))`;
    case 'YouTube':
      return `[Video: ${cell(props.title)}](https://www.youtube.com/watch?v=${cell(props.id)})`;
    case 'Vimeo':
      return `[Video: ${cell(props.title)}](https://vimeo.com/${cell(props.id)})`;
    case 'TaskTable': {
      if (!Array.isArray(props.tasks)) return undefined;
      const rows = props.tasks as Record<string, Literal>[];
      const marks = ['*', '†', '‡', '§'];
      let n = 0;
      const notes: string[] = [];
      const lines = ['| Task | Where to click | Success indicator |', '| --- | --- | --- |'];
      for (const row of rows) {
        // Marks are escaped: a bare `*` would start a list item or emphasis.
        const mark = row.note ? `\\${marks[n++] ?? String(n)}` : '';
        if (row.note) notes.push(`${mark} ${cell(row.note)}`);
        lines.push(`| ${cell(row.task)}${mark} | ${cell(row.where)} | ${cell(row.success)} |`);
      }
      const caption = typeof props.caption === 'string' ? `**${props.caption}**\n\n` : '';
      return `${caption}${lines.join('\n')}${notes.length ? `\n\n${notes.join('  \n')}` : ''}`;
    }
    case 'Troubleshoot':
      return `**Problem:** ${cell(props.problem)}  \n**Action:** ${inline(children)}`;
    case 'Callout': {
      const label =
        typeof props.title === 'string'
          ? props.title
          : (({ tip: 'Tip', warning: 'Warning' } as Record<string, string>)[String(props.type)] ?? 'Note');
      return `> **${label}:** ${inline(children)}`;
    }
    case 'QuickAnswer':
      return `> **⚡ ${typeof props.label === 'string' ? props.label : 'Quick answer'}:** ${inline(typeof props.text === 'string' ? props.text : children)}`;
    default:
      return undefined;
  }
}

/** Options for `mdxToMarkdown`. */
export interface MarkdownExportOptions {
  /** Turns a root-relative link such as `/articles/foo/` into an absolute URL. Default: leaves it. */
  resolveLink?: (path: string) => string;
  /** Turns a file path relative to the article (`./images/x.png`) into the absolute URL of its published copy. Default: leaves it. */
  resolveAsset?: (path: string) => string;
}

/** The MDX body of an article as plain Markdown (see the file comment). */
export function mdxToMarkdown(body: string, options: MarkdownExportOptions = {}): string {
  const resolve = options.resolveLink ?? ((path: string) => path);
  const asset = options.resolveAsset ?? ((path: string) => path);
  let text = body.replace(/^(?:import|export)\s[^\n]*\n/gm, '').replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  let out = '';
  let inFence = false;
  for (let i = 0; i < text.length;) {
    const lineStart = i === 0 || text[i - 1] === '\n';
    if (lineStart && /^[ \t]*(```|~~~)/.test(text.slice(i, i + 10))) inFence = !inFence;
    if (!inFence && text[i] === '<') {
      const found = readComponent(text, i);
      const markdown = found && componentToMarkdown(found, asset);
      if (found && markdown !== undefined) {
        out += markdown;
        i = found.end;
        continue;
      }
    }
    out += text[i];
    i++;
  }
  text = out
    .replace(/(\]\()(\/(?!\/)[^)\s]*)/g, (_, open: string, path: string) => `${open}${resolve(path)}`)
    // Screenshots beside the article: the alt text stays, the path becomes the published file's URL.
    .replace(/(!\[[^\]]*\]\()(\.{1,2}\/[^)\s]*)/g, (_, open: string, path: string) => `${open}${asset(path)}`);
  return `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** The English words of an export. */
export const EXPORT_LABELS = {
  quickAnswer: 'Quick answer',
  ticketLink: 'Link for tickets',
  webPage: 'Web page',
  sources: 'Sources',
};

/** A whole article as Markdown: title, quick answer, short link, the body and its sources (as `[title](url)` when titled). */
export function articleMarkdown(
  article: { title: string; quickAnswer: string; url: string; shortUrl: string; sources: readonly Source[] },
  body: string,
  options: MarkdownExportOptions & {
    /** The export's own words in the article's language; default English. */
    labels?: { quickAnswer: string; ticketLink: string; webPage: string; sources: string };
  } = {},
): string {
  const labels = options.labels ?? EXPORT_LABELS;
  const parts = [
    `# ${article.title}`,
    `> **⚡ ${labels.quickAnswer}:** ${article.quickAnswer}`,
    `${labels.ticketLink}: <${article.shortUrl}> · ${labels.webPage}: <${article.url}>`,
    mdxToMarkdown(body, options).trim(),
  ];
  if (article.sources.length > 0) {
    const items = article.sources.map((s) => (s.title ? `- [${s.title.replace(/[[\]]/g, '\\$&')}](${s.url})` : `- <${s.url}>`));
    parts.push(`## ${labels.sources}\n\n${items.join('\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}
