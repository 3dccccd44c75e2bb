import { readDiagramLabels } from '../render/diagrams/accessibility';
import { placeOf, walk } from './mdx';
import type { LintRule } from './types';

const DIRECTIVES = [
  ['accTitle', 'title', 'accTitle: a short name for the diagram'],
  ['accDescr', 'description', 'accDescr: one or two sentences saying what it shows'],
] as const;

/** A diagram is an image: a ```mermaid fence needs `accTitle` and `accDescr`, which become its accessible name and description. */
export const mermaidAccessibility: LintRule = (article) =>
  [...walk(article.tree)].flatMap((node) => {
    if (node.type !== 'code' || node.lang !== 'mermaid') return [];
    // The same reading of accTitle/accDescr as the diagram renderer's, so lint and build agree.
    const labels = readDiagramLabels(node.value ?? '');
    const missing = DIRECTIVES.filter(([, key]) => !labels[key]);
    if (missing.length === 0) return [];
    return [
      {
        ...placeOf(node),
        message: `mermaid diagram has no ${missing.map(([name]) => name).join(' or ')}`,
        fix: `add ${missing.map(([, , line]) => `"${line}"`).join(' and ')} below the diagram type line`,
      },
    ];
  });
