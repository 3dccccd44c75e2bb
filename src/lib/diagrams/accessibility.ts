/** The accessible title and description a diagram declares. */
export interface DiagramLabels {
  /** From `accTitle: …`; becomes the visible caption and the SVG's accessible name. */
  title?: string;
  /** From `accDescr: …` or `accDescr { … }`; becomes the SVG's description. */
  description?: string;
}

/**
 * Reads `accTitle` and `accDescr` from a Mermaid source the way Mermaid does:
 * `accTitle: text` on one line, `accDescr: text` on one line or
 * `accDescr { … }` over several lines (joined with single spaces).
 */
export function readDiagramLabels(source: string): DiagramLabels {
  const labels: DiagramLabels = {};
  const title = /^[ \t]*accTitle[ \t]*:[ \t]*(.*)$/m.exec(source);
  if (title?.[1]?.trim()) labels.title = title[1].trim();
  const block = /^[ \t]*accDescr[ \t]*\{([\s\S]*?)\}/m.exec(source);
  const line = /^[ \t]*accDescr[ \t]*:[ \t]*(.*)$/m.exec(source);
  const description = block ? block[1]!.replace(/\s+/g, ' ') : line?.[1];
  if (description?.trim()) labels.description = description.trim();
  return labels;
}

/**
 * What is missing for a diagram to be accessible, as one sentence saying how
 * to fix it, or `undefined` when both `accTitle` and `accDescr` are there.
 */
export function missingLabels(labels: DiagramLabels): string | undefined {
  const missing = [!labels.title && 'accTitle', !labels.description && 'accDescr'].filter(Boolean);
  if (missing.length === 0) return undefined;
  return (
    `the Mermaid diagram has no ${missing.join(' and no ')}. Every diagram needs both, for readers who cannot see it: ` +
    'add "accTitle: <a short title, shown as the caption>" and "accDescr: <one or two sentences saying what the diagram shows>" ' +
    'on their own lines right after the diagram type (e.g. after "flowchart LR")'
  );
}
