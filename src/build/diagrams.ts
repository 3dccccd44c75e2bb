/**
 * Build-time Mermaid diagrams. `rehypeDiagrams` (in the article renderer)
 * turns every ```mermaid fence into a <figure> holding a light and a dark
 * inline SVG, a caption and a text version; pages ship no diagram JavaScript.
 * The article loader closes the shared browser when it has rendered every
 * article and prunes cache entries no article uses any more.
 *
 * Renderings are cached in `<contentDir>/.diagrams/<sha256>.json` (committed),
 * so a build whose diagrams did not change starts no browser.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type * as HastFromHtml from 'hast-util-from-html';
import type { VFile } from 'vfile';
import { readDiagramLabels } from '../render/diagrams/accessibility';
import { diagramCacheKey, MERMAID_THEME, type DiagramTheme } from '../render/diagrams/cache-key';
import { noBrowserMessage, syntaxProblem } from '../render/diagrams/errors';
import { placeSvg } from '../render/diagrams/svg';
import { describeSteps, type DiagramStructure } from '../render/diagrams/text-version';
import type { Problem } from '../lint/problems';
import { escapeHtml } from '../shared/text';
import {
  closeRenderer,
  MermaidSyntaxError,
  mermaidVersion,
  NoBrowserError,
  renderDiagram,
  type Rendering,
} from './diagram-renderer';
import { onFirstUse } from './on-first-use';

/** Reads a rendered figure's HTML into the page's tree; loaded on first use, as most builds render no diagram. */
const htmlParser = onFirstUse<typeof HastFromHtml>('hast-util-from-html', import.meta.url);

// Mirrors src/content/files.ts, which cannot be imported here: it reads the content when loaded.
const contentDir = process.env.HELPCENTER_CONTENT ?? 'content';
/** Where renderings are cached: `<contentDir>/.diagrams/`. */
export const diagramCacheDir = join(contentDir, '.diagrams');

interface CacheEntry extends Rendering {
  mermaid: string;
  theme: string;
}

function readCache(key: string): Rendering | undefined {
  try {
    const entry = JSON.parse(readFileSync(join(diagramCacheDir, `${key}.json`), 'utf8')) as CacheEntry;
    return { svg: entry.svg, ...(entry.structure ? { structure: entry.structure } : {}) };
  } catch {
    return undefined;
  }
}

function writeCache(key: string, theme: DiagramTheme, rendering: Rendering): void {
  mkdirSync(diagramCacheDir, { recursive: true });
  const entry: CacheEntry = { mermaid: mermaidVersion, theme: MERMAID_THEME[theme], ...rendering };
  writeFileSync(join(diagramCacheDir, `${key}.json`), `${JSON.stringify(entry, null, 1)}\n`);
}

async function rendering(source: string, theme: DiagramTheme, usedKeys: string[]): Promise<Rendering> {
  const key = diagramCacheKey({ source, mermaidVersion, theme });
  usedKeys.push(key);
  const cached = readCache(key);
  if (cached) return cached;
  const fresh = await renderDiagram(source, theme);
  writeCache(key, theme, fresh);
  return fresh;
}

/** A ```mermaid fence found in an article. */
interface Fence {
  parent: Root | Element;
  node: Element;
  source: string;
  /** Line of the opening fence in the article. */
  line: number;
}

function findFences(tree: Root): Fence[] {
  const fences: Fence[] = [];
  const walk = (parent: Root | Element) => {
    for (const node of parent.children) {
      if (node.type !== 'element') continue;
      const code =
        node.tagName === 'pre'
          ? node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code')
          : undefined;
      const classes = code?.properties.className;
      if (code && Array.isArray(classes) && classes.includes('language-mermaid')) {
        const source = code.children
          .map((c) => (c.type === 'text' ? c.value : ''))
          .join('')
          .replace(/\n$/, '');
        fences.push({ parent, node, source, line: node.position?.start.line ?? 0 });
      } else {
        walk(node);
      }
    }
  };
  walk(tree);
  return fences;
}

function figureHtml(
  id: string,
  title: string,
  description: string,
  svgs: Record<DiagramTheme, string>,
  structure: DiagramStructure | undefined,
): string {
  const steps = structure ? describeSteps(structure) : [];
  const list = steps.length > 0 ? `<ol>${steps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol>` : '';
  return (
    `<figure class="diagram" data-diagram>` +
    `<div class="diagram-canvas" tabindex="0" role="group" aria-labelledby="${id}-caption">${svgs.light}${svgs.dark}</div>` +
    `<figcaption id="${id}-caption">${escapeHtml(title)}</figcaption>` +
    `<details class="diagram-text"><summary>Diagram as text<span class="visually-hidden">: ${escapeHtml(title)}</span></summary><p>${escapeHtml(description)}</p>${list}</details>` +
    `</figure>`
  );
}

/** Where one article's diagram facts are collected while it renders. */
export interface DiagramData {
  /** The article's path for messages, relative to the project root. */
  path?: string;
  problems?: Problem[];
  /** Cache keys of the renderings the article uses (see `pruneDiagramCache`). */
  diagramKeys?: string[];
}

/**
 * Rehype plugin: renders every ```mermaid fence at build time. A diagram
 * without `accTitle` and `accDescr`, or one Mermaid cannot parse, is a content
 * problem at the article's file and line, collected in `file.data.problems`
 * so the build can list every article's problems at once.
 */
export function rehypeDiagrams(options: { root?: string } = {}) {
  const root = options.root ?? process.cwd();
  return async (tree: Root, file: VFile) => {
    const fences = findFences(tree);
    if (fences.length === 0) return;
    const data = file.data as DiagramData;
    const path = data.path ?? 'an article';
    const problems = (data.problems ??= []);
    const keys = (data.diagramKeys ??= []);
    const figures: { fence: Fence; html: string }[] = [];
    let failed = false;
    let index = 0;
    for (const fence of fences) {
      const id = `diagram-${++index}`;
      const labels = readDiagramLabels(fence.source);
      // accTitle and accDescr are there: the mermaid-accessibility rule has checked every diagram before rendering.
      try {
        const [light, dark] = await Promise.all([rendering(fence.source, 'light', keys), rendering(fence.source, 'dark', keys)]);
        const svgs = {
          light: placeSvg(light.svg, { id: `${id}-light`, className: 'diagram-light' }),
          dark: placeSvg(dark.svg, { id: `${id}-dark`, className: 'diagram-dark' }),
        };
        figures.push({ fence, html: figureHtml(id, labels.title!, labels.description!, svgs, light.structure) });
      } catch (error) {
        if (error instanceof MermaidSyntaxError) {
          const { line, message, fix } = syntaxProblem(fence.line, error.message);
          problems.push({ file: path, line, column: 1, rule: 'diagram-syntax', message, fix });
          failed = true;
        } else if (error instanceof NoBrowserError) {
          throw new Error(noBrowserMessage(`${path}:${fence.line}`, relative(root, diagramCacheDir), error.message), {
            cause: error,
          });
        } else {
          throw new Error(`${path}:${fence.line}: rendering the diagram failed: ${(error as Error).message}`, { cause: error });
        }
      }
    }
    if (failed || figures.length === 0) return;

    const { fromHtml } = htmlParser();
    for (const { fence, html } of figures) {
      const figure = fromHtml(html, { fragment: true }).children as RootContent[];
      const siblings = fence.parent.children as (RootContent | ElementContent)[];
      siblings.splice(siblings.indexOf(fence.node), 1, ...(figure as ElementContent[]));
    }
  };
}

/**
 * Removes the cached renderings whose keys are not in `usedKeys` (the keys of
 * every article of a complete, successful build) and returns their file names.
 */
export function pruneDiagramCache(usedKeys: ReadonlySet<string>): string[] {
  let files: string[];
  try {
    files = readdirSync(diagramCacheDir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  const unused = files.filter((f) => !usedKeys.has(f.slice(0, -'.json'.length)));
  for (const file of unused) rmSync(join(diagramCacheDir, file));
  return unused;
}

export { closeRenderer };
