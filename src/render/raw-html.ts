/**
 * The raw HTML an article may write (`<kbd>Enter</kbd>`, `<details>`…):
 * a short allow-list of tags that carry no behaviour, each with the few
 * attributes it needs. Everything else is refused with the Markdown or the
 * component that does the job, so no article can run code, load a frame or
 * restyle the page.
 */
import type { Parents, Root } from 'hast';
import type { VFile } from 'vfile';
import type { Problem } from '../lint/problems';

/** Tags an article may write, with the attributes each accepts (besides `title`, `lang`, `dir`). */
export const ALLOWED_TAGS: Readonly<Record<string, readonly string[]>> = {
  abbr: [],
  br: [],
  cite: [],
  dd: [],
  del: [],
  details: ['open'],
  dfn: [],
  dl: [],
  dt: [],
  ins: [],
  kbd: [],
  mark: [],
  q: [],
  s: [],
  samp: [],
  small: [],
  sub: [],
  summary: [],
  sup: [],
  time: ['datetime'],
  u: [],
  var: [],
  wbr: [],
};

/** Attributes every allowed tag accepts. */
const COMMON_ATTRIBUTES = ['title', 'lang', 'dir'];

/** What to write instead of a refused tag. */
const INSTEAD: Readonly<Record<string, string>> = {
  script: 'articles cannot run code; describe the steps in text',
  style: 'the site’s styles apply to every article; write plain Markdown',
  link: 'the site’s styles apply to every article; write plain Markdown',
  iframe: 'use <YouTube id="…" title="…" /> or <Vimeo id="…" title="…" /> for a video',
  embed: 'use <Video src="./videos/x.mp4" captions="./videos/x.vtt" /> or <YouTube id="…" title="…" />',
  object: 'use <Video src="./videos/x.mp4" captions="./videos/x.vtt" /> or <YouTube id="…" title="…" />',
  video: 'use <Video src="./videos/x.mp4" captions="./videos/x.vtt" poster="./videos/x.jpg" />',
  audio: 'link to the file instead: [Listen to the greeting](./audio/greeting.mp3)',
  img: 'use Markdown: ![what the screenshot shows](./images/name.png "Optional caption"), or <Figure> for a caption',
  picture: 'use Markdown: ![what the screenshot shows](./images/name.png); the site makes the modern formats itself',
  figure: 'use <Figure src="./images/name.png" alt="…" caption="…" />',
  a: 'use a Markdown link: [text](/articles/slug/)',
  aside: 'use <Callout type="note">…</Callout>',
  table: 'use a Markdown table (| a | b |), or <TaskTable> for steps',
  ul: 'use a Markdown list (- item)',
  ol: 'use a Markdown list (1. item)',
  li: 'use a Markdown list (- item)',
  pre: 'use a code block between ``` fences',
  code: 'use `backticks` for code',
  b: 'use **bold** Markdown',
  strong: 'use **bold** Markdown',
  i: 'use *italic* Markdown',
  em: 'use *italic* Markdown',
  hr: 'use --- on a line of its own',
  p: 'leave a blank line between paragraphs',
  blockquote: 'start the lines with > for a quote',
  form: 'articles cannot hold forms; link to the page that has the form',
  input: 'for a checklist use a task list (- [ ] step) or <TaskTable checklist …>',
  button: 'articles cannot hold buttons; say what to click in **bold**',
  svg: 'put the image in a file beside the article: ![alt](./images/name.svg), or use a ```mermaid diagram',
  base: 'links are resolved by the site; remove the tag',
  meta: 'page metadata comes from the frontmatter; remove the tag',
};
for (const level of [1, 2, 3, 4, 5, 6])
  (INSTEAD as Record<string, string>)[`h${level}`] = `use a Markdown heading (${'#'.repeat(level)} Title)`;

const allowedList = () =>
  Object.keys(ALLOWED_TAGS)
    .map((tag) => `<${tag}>`)
    .join(', ');

/**
 * Why the raw tag `<name>` with these attribute names cannot be in an article,
 * and what to write instead; `undefined` when it is allowed.
 */
export function rawTagProblem(name: string, attributes: readonly string[]): string | undefined {
  const tag = name.toLowerCase();
  const allowed = ALLOWED_TAGS[tag];
  if (!allowed) {
    const instead = INSTEAD[tag] ?? `the HTML an article may use is ${allowedList()}`;
    return `<${name}> is not allowed in articles: ${instead}`;
  }
  for (const attribute of attributes) {
    if (/^on/i.test(attribute)) {
      return `<${name} ${attribute}=…> runs code, which articles cannot do: remove the ${attribute} attribute`;
    }
    if (!allowed.includes(attribute) && !COMMON_ATTRIBUTES.includes(attribute)) {
      const accepted = [...allowed, ...COMMON_ATTRIBUTES].join(', ');
      return `<${name}> has the attribute "${attribute}", which articles cannot set (the site styles every element); allowed on <${tag}>: ${accepted}`;
    }
  }
  return undefined;
}

/** URL schemes a link or image in an article may use; `javascript:`, `data:` and `vbscript:` are refused. */
const SAFE_URL = /^(?:https?:|mailto:|tel:|[^:/?#]*(?:[/?#]|$))/i;

/** Why `url` (a link or image target) cannot be in an article, or `undefined` when it can. */
export function urlProblem(url: string): string | undefined {
  // Browsers ignore control characters and spaces inside a scheme: `java\tscript:` runs too.
  // eslint-disable-next-line no-control-regex -- browsers drop control characters inside a URL scheme
  const compact = url.replace(/[\u0000-\u0020]/g, '');
  if (SAFE_URL.test(compact)) return undefined;
  const scheme = compact.slice(0, compact.indexOf(':') + 1).toLowerCase();
  return `the link "${url}" uses ${scheme}, which articles cannot use: link to a page with https://, a site path (/articles/slug/) or mailto:`;
}

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'] as const;

/**
 * Rehype plugin: refuses every link or media URL of an article whose scheme
 * could run code (`javascript:` in a Markdown link, too), as a problem at its line.
 */
export function rehypeSafeUrls() {
  return (tree: Root, file: VFile) => {
    const data = file.data as { path?: string; problems?: Problem[] };
    const problems = (data.problems ??= []);
    const visit = (parent: Parents, line: number) => {
      for (const node of parent.children) {
        if (node.type !== 'element') continue;
        const at = node.position?.start.line ?? line;
        for (const name of URL_ATTRIBUTES) {
          const value = node.properties[name];
          const problem = typeof value === 'string' ? urlProblem(value) : undefined;
          if (problem) {
            const split = problem.lastIndexOf(': ');
            problems.push({
              file: data.path ?? file.path,
              line: at,
              column: 1,
              rule: 'safe-urls',
              message: problem.slice(0, split),
              fix: problem.slice(split + 2),
            });
            delete node.properties[name];
          }
        }
        visit(node, at);
      }
    };
    visit(tree, 1);
  };
}
