import { createHash } from 'node:crypto';

/**
 * Bumped whenever the renderer's output changes for the same input (Mermaid
 * options, SVG post-processing, the cached fields), so old cache entries are
 * no longer used and get pruned.
 */
export const RENDERER_VERSION = 5;

/** The two renderings every diagram gets; the page shows the one matching the site theme. */
export const DIAGRAM_THEMES = ['light', 'dark'] as const;
/** A site theme. */
export type DiagramTheme = (typeof DIAGRAM_THEMES)[number];

/** The Mermaid theme used for each site theme. */
export const MERMAID_THEME: Record<DiagramTheme, 'default' | 'dark'> = { light: 'default', dark: 'dark' };

/** Everything that decides what a rendering looks like. */
export interface CacheKeyInput {
  /** The diagram's Mermaid source, exactly as written in the fence. */
  source: string;
  /** Version of the `mermaid` package that renders it, e.g. "12.3.0". */
  mermaidVersion: string;
  theme: DiagramTheme;
  /** Defaults to `RENDERER_VERSION`. */
  rendererVersion?: number;
}

/**
 * The content address of a rendering: the sha256 (hex) of the source, the
 * Mermaid version, the theme and the renderer version. Line endings are
 * normalised so a checkout with CRLF finds the same entries.
 */
export function diagramCacheKey({ source, mermaidVersion, theme, rendererVersion = RENDERER_VERSION }: CacheKeyInput): string {
  return createHash('sha256')
    .update(JSON.stringify([source.replace(/\r\n?/g, '\n'), mermaidVersion, theme, rendererVersion]))
    .digest('hex');
}
