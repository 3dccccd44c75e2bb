/**
 * Post-processing of the SVG Mermaid renders. `normalizeSvg` runs once, before
 * a rendering is cached; `placeSvg` runs for every use on a page.
 */
import { optimize } from 'svgo';

/**
 * The SVG without the `<symbol>`s no `<use>` refers to. Mermaid puts its
 * database, computer and clock icons into every sequence diagram; the database
 * one has a path Chromium cannot parse (`<path> attribute d: Expected number`
 * in the console of every page showing the diagram), though it is never drawn.
 */
export function withoutUnusedSymbols(svg: string): string {
  const used = new Set([...svg.matchAll(/<use\b[^>]*?href="#([^"]+)"/g)].map(([, id]) => id));
  return svg.replace(/<symbol\b[^>]*\bid="([^"]+)"[^>]*>[\s\S]*?<\/symbol>/g, (symbol, id: string) =>
    used.has(id) ? symbol : '',
  );
}

/** The id Mermaid renders with; `placeSvg` replaces it with an id unique on the page. */
export const RENDER_ID = 'mermaid-diagram-id';

/** The smallest font size, in CSS pixels, a diagram's text may be shown at. */
export const MIN_FONT_PX = 12;

const GEOMETRY_ATTRIBUTES =
  /\s(d|points|transform|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|viewBox|refX|refY|markerWidth|markerHeight|style)="([^"]*)"/g;

/**
 * Makes a rendering smaller and independent of what the page rendered before
 * it, without changing how it looks: style rules that match nothing dropped
 * (`withoutUnusedStyles`); numbers in geometry attributes rounded to
 * two decimals; unreferenced arrowhead markers, Mermaid's `data-points` and
 * `data-id` (for its own scripts) and empty `style=""` dropped; and every id
 * renamed by order of appearance (see `canonicalIds`).
 */
export function normalizeSvg(svg: string): string {
  let out = withoutUnusedStyles(svg)
    .replace(/ data-(?:points|id)="[^"]*"/g, '')
    .replace(/ style=""/g, '')
    .replace(GEOMETRY_ATTRIBUTES, (_all, name: string, value: string) => ` ${name}="${roundNumbers(value)}"`);
  const used = new Set([...out.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]));
  out = out.replace(/<marker id="([^"]+)"[\s\S]*?<\/marker>/g, (marker, id: string) => (used.has(id) ? marker : ''));
  return canonicalIds(out);
}

/**
 * The SVG without the rules of its stylesheet that match nothing in it, the rest minified. Mermaid gives
 * every diagram the whole stylesheet of its kind (error icons, clusters, tooltips, edge animations…):
 * about 4 KB of the 5 KB in each rendering of a flowchart, twice on a page (light and dark). SVGO's
 * `minifyStyles` does it (csso, told which tags, classes and ids the SVG uses); no other SVGO plugin runs.
 */
export function withoutUnusedStyles(svg: string): string {
  try {
    return optimize(svg, { plugins: [{ name: 'minifyStyles', params: { usage: true } }] }).data;
  } catch (error) {
    // SVG that is not well-formed XML (none seen from Mermaid) is kept whole: a browser draws it all the same.
    if ((error as Error).name === 'SvgoParserError') return svg;
    throw error;
  }
}

/**
 * Renames every id but the SVG's own and its title's and description's to
 * `<RENDER_ID>-<n>`, numbered in order of appearance, and every reference to
 * them (`#id` in CSS and `url(#…)`, `href="#…"`). Mermaid numbers some ids
 * with a counter that lives as long as the page, so without this a diagram's
 * SVG would depend on the diagrams rendered before it.
 */
export function canonicalIds(svg: string): string {
  const keep = new Set([RENDER_ID, `chart-title-${RENDER_ID}`, `chart-desc-${RENDER_ID}`]);
  const names = new Map<string, string>();
  for (const [, id] of svg.matchAll(/\sid="([^"]+)"/g)) {
    if (!keep.has(id!) && !names.has(id!)) names.set(id!, `${RENDER_ID}-${names.size + 1}`);
  }
  return svg.replace(
    /(\sid=")([^"]+)"|#([A-Za-z_][\w-]*)/g,
    (all, attr: string | undefined, id: string | undefined, ref: string | undefined) => {
      if (attr) return names.has(id!) ? `${attr}${names.get(id!)}"` : all;
      return names.has(ref!) ? `#${names.get(ref!)}` : all;
    },
  );
}

function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
}

/** Width and height of the SVG's viewBox, in its own units (CSS pixels at natural size). */
export function svgSize(svg: string): { width: number; height: number } {
  const box = /viewBox="([^"]+)"/
    .exec(svg)?.[1]
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (!box || box.length !== 4 || box.some((n) => !Number.isFinite(n))) throw new Error('the rendered SVG has no viewBox');
  return { width: box[2]!, height: box[3]! };
}

/**
 * The smallest font size (px) the diagram's text is drawn at: the size the
 * SVG's root style rule sets (Mermaid's default is 16) and any size set on a
 * `<text>` element. Sizes in rules for parts Mermaid did not draw (tooltips,
 * error messages) are ignored.
 */
export function smallestFontSize(svg: string): number {
  // The font size set on the SVG itself: in a rule one of whose selectors is an id alone (`#diagram{…}`).
  const rules = (/<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '').matchAll(/([^{}]+)\{([^{}]*)\}/g);
  const root = [...rules]
    .filter(([, selectors]) => selectors!.split(',').some((selector) => /^#[\w-]+$/.test(selector.trim())))
    .map(([, , body]) => /font-size:\s*(\d+(?:\.\d+)?)px/.exec(body!)?.[1])
    .find((size) => size !== undefined);
  const onText = [...svg.matchAll(/<text\b[^>]*?font-size(?:="|:\s*)(\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
  const sizes = [...(root ? [Number(root)] : []), ...onText];
  return sizes.length > 0 ? Math.min(...sizes) : 16;
}

/**
 * The narrowest the diagram may be drawn while its smallest text stays at
 * `MIN_FONT_PX` or more; below that it scrolls sideways instead of shrinking.
 */
export function minimumWidth(svg: string): number {
  const { width } = svgSize(svg);
  const scale = Math.min(1, MIN_FONT_PX / smallestFontSize(svg));
  return Math.ceil(width * scale);
}

/** How one rendering is placed on a page. */
export interface Placement {
  /** Unique on the page, e.g. `diagram-1-dark`; every id in the SVG starts with it. */
  id: string;
  /** Class on the <svg>, e.g. `diagram-dark`. */
  className: string;
}

/**
 * Makes a cached rendering ready for a page: every id (and every reference to
 * one, in CSS, `url(#…)` and ARIA attributes) prefixed with `placement.id` so
 * two diagrams or two themes never collide, `role="img"` named by its
 * `<title>` and described by its `<desc>`, a natural width and height that CSS
 * may shrink down to `minimumWidth`, and `data-pagefind-ignore` so search
 * indexes the caption and text version rather than the drawing's labels.
 */
export function placeSvg(rendered: string, placement: Placement): string {
  const svg = withoutUnusedSymbols(rendered);
  const { width, height } = svgSize(svg);
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('the rendering does not start with <svg>');
  const titleId = /<title id="([^"]+)"/.exec(svg)?.[1];
  const descId = /<desc id="([^"]+)"/.exec(svg)?.[1];
  const attributes = [
    `id="${RENDER_ID}"`,
    `class="${placement.className}"`,
    'xmlns="http://www.w3.org/2000/svg"',
    /viewBox="[^"]+"/.exec(open[0])![0],
    `width="${Math.ceil(width)}"`,
    `height="${Math.ceil(height)}"`,
    `style="min-width: ${minimumWidth(svg)}px"`,
    'role="img"',
    titleId ? `aria-labelledby="${titleId}"` : '',
    descId ? `aria-describedby="${descId}"` : '',
    'data-pagefind-ignore',
  ].filter(Boolean);
  return `<svg ${attributes.join(' ')}>${svg.slice(open[0].length)}`.replaceAll(RENDER_ID, placement.id);
}
