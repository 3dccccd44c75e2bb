/**
 * Where a problem inside a diagram sits in its article: Mermaid counts lines
 * from the first line inside the fence, so diagram line `n` is article line
 * `fenceLine + n`.
 */
export function articleLine(fenceLine: number, diagramLine: number | undefined): number {
  return diagramLine && diagramLine > 0 ? fenceLine + diagramLine : fenceLine;
}

/** The line number Mermaid reports in a parse or lexer error ("Parse error on line 3:"), if any. */
export function mermaidErrorLine(message: string): number | undefined {
  const match = /\bline (\d+)\b/i.exec(message);
  return match ? Number(match[1]) : undefined;
}

/**
 * An invalid diagram, as one problem message: Mermaid's own words (its
 * pointer lines kept, indented under the message) after the line they are about.
 */
export function syntaxProblem(fenceLine: number, mermaidMessage: string): { line: number; message: string; fix: string } {
  const line = articleLine(fenceLine, mermaidErrorLine(mermaidMessage));
  const text = mermaidMessage.trim().replace(/\n/g, '\n      ');
  return {
    line,
    message: 'Mermaid cannot parse this diagram',
    fix: `fix the diagram source (try it at https://mermaid.live) and build again. Mermaid says: ${text}`,
  };
}

/** How to get a browser; said whenever a diagram must be rendered and none can start. */
export const HOW_TO_GET_CHROMIUM =
  'Install it with `apt-get install -y chromium` (Debian/Ubuntu, as root), or point CHROMIUM_PATH at a Chrome or Chromium executable.';

/** The one message for a diagram that is not in the cache when no browser can be started. */
export function noBrowserMessage(location: string, cacheDir: string, reason: string): string {
  return (
    `${location}: this diagram is not in the diagram cache (${cacheDir}/) yet, and rendering it needs Chromium, which could not be started: ${reason}. ` +
    `${HOW_TO_GET_CHROMIUM} Builds whose diagrams are all cached need no browser.`
  );
}
