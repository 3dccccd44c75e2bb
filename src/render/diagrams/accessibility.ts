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
