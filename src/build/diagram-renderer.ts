/**
 * Renders Mermaid diagrams to SVG with the `mermaid` package itself, inside
 * one headless Chromium shared by the whole build: launched on the first
 * render (a build whose diagrams are all cached never starts it) and closed by
 * the diagrams integration when the build ends.
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { CHROMIUM_ARGS, devanagariFontProblem, findChromium, hasDevanagari } from '../../scripts/chromium.mjs';
import { MERMAID_THEME, type DiagramTheme } from '../render/diagrams/cache-key';
import { normalizeSvg, RENDER_ID } from '../render/diagrams/svg';
import type { DiagramStructure } from '../render/diagrams/text-version';

const require = createRequire(import.meta.url);
const mermaidScript = require.resolve('mermaid/dist/mermaid.min.js');
const pageScript = fileURLToPath(new URL('./mermaid-page.js', import.meta.url));

/** What `mermaid-page.js` defines in the page. */
interface PageApi {
  renderDiagram(
    source: string,
    theme: string,
    id: string,
    withStructure: boolean,
  ): Promise<{ svg: string; structure?: DiagramStructure } | { error: string }>;
}

/** Version of the installed `mermaid` package; part of every cache key. */
export const mermaidVersion: string = JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')).version;

/** No browser could be started; the message says why, without how to fix it. */
export class NoBrowserError extends Error {
  override name = 'NoBrowserError';
}

/** Mermaid rejected the diagram; the message is Mermaid's own. */
export class MermaidSyntaxError extends Error {
  override name = 'MermaidSyntaxError';
}

/** One rendering, as it is cached. */
export interface Rendering {
  svg: string;
  /** What the text version is made of; read with the light rendering only. */
  structure?: DiagramStructure;
}

/** The shared browser with one page per theme, so the two renderings of a diagram run side by side. */
type Session = { browser: Browser; pages: Record<DiagramTheme, Page> };
let session: Promise<Session> | undefined;
/** What keeps Devanagari from rendering ('' when a font is there), asked once per build. */
let fontProblem: string | undefined;
const queues: Record<DiagramTheme, Promise<unknown>> = { light: Promise.resolve(), dark: Promise.resolve() };

function chromiumPath(): string {
  if (process.env.HELPCENTER_NO_BROWSER === '1') throw new NoBrowserError('HELPCENTER_NO_BROWSER=1 forbids starting one');
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    try {
      accessSync(fromEnv, constants.X_OK);
      return fromEnv;
    } catch {
      throw new NoBrowserError(`CHROMIUM_PATH is set to "${fromEnv}", which is not an executable file`);
    }
  }
  const found: string | undefined = findChromium();
  if (!found) throw new NoBrowserError('no Chrome or Chromium was found on this machine');
  return found;
}

async function start(): Promise<Session> {
  const executablePath = chromiumPath();
  // Required here, not imported at the top, so builds with every diagram cached never load it;
  // `require` because the config's module runner is closed by the time a page is built.
  const { chromium } = require('@playwright/test') as typeof import('@playwright/test');
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new NoBrowserError(`launching ${executablePath} failed (${(error as Error).message.split('\n')[0]})`, { cause: error });
  }
  const open = async () => {
    const page = await browser.newPage();
    await page.addScriptTag({ path: mermaidScript });
    await page.addScriptTag({ path: pageScript });
    return page;
  };
  try {
    const [light, dark] = await Promise.all([open(), open()]);
    return { browser, pages: { light, dark } };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Renders one diagram in one theme. Renders of a theme run one at a time in
 * that theme's page (Mermaid keeps global state in the page). Throws
 * `MermaidSyntaxError` for an invalid diagram and `NoBrowserError` when no
 * browser can be started.
 */
export function renderDiagram(source: string, theme: DiagramTheme, withStructure = theme === 'light'): Promise<Rendering> {
  const run = async (): Promise<Rendering> => {
    // Only a diagram with Hindi labels that must be drawn needs the font, as only an uncached diagram needs Chromium.
    if (hasDevanagari(source)) {
      fontProblem ??= devanagariFontProblem() ?? '';
      if (fontProblem) throw new Error(`its Hindi labels would render as empty boxes: ${fontProblem}`);
    }
    session ??= start();
    let page: Page;
    try {
      page = (await session).pages[theme];
    } catch (error) {
      session = undefined;
      throw error;
    }
    const result = await page.evaluate(
      ([text, mermaidTheme, id, structure]) =>
        (globalThis as unknown as PageApi).renderDiagram(text, mermaidTheme, id, structure),
      [source, MERMAID_THEME[theme], RENDER_ID, withStructure] as const,
    );
    if ('error' in result) throw new MermaidSyntaxError(result.error);
    return { svg: normalizeSvg(result.svg), ...(result.structure ? { structure: result.structure } : {}) };
  };
  const next = queues[theme].then(run, run);
  queues[theme] = next.catch(() => undefined);
  return next;
}

/** Closes the browser if one was started. Safe to call more than once. */
export async function closeRenderer(): Promise<void> {
  const current = session;
  session = undefined;
  if (!current) return;
  try {
    await (await current).browser.close();
  } catch {
    // It never started, so there is nothing to close.
  }
}
