import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { generateSites } from '../../../scripts/bench/generate.mjs';
import { articleParser } from '../../../src/content/article-source';
import { remarkSmartypantsFast } from '../../../src/render/remark-smartypants-fast';

// The site's SmartyPants must change article trees exactly as remark-smartypants (the library, as Astro uses it) does.
function both(source: string): [Root, Root] {
  const tree = articleParser().parse(source);
  const library = structuredClone(tree);
  const ours = structuredClone(tree);
  return [unified().use(remarkSmartypants).runSync(library), unified().use(remarkSmartypantsFast).runSync(ours)] as [Root, Root];
}

const CASES = [
  `He said "it's done" and 'left'.`,
  `Quotes around [a "link"](/x/) and **"bold"** and _'emphasis'_ pair across nodes.`,
  `Code keeps its quotes: \`"raw"\` but "prose" changes; \`it's\` too.`,
  `Dashes -- and --- and a-b; ellipses... and . . . spaced, .. two, .... four.`,
  `\`\`Backticks'' and ''closing'' and \`single\` ones.`,
  `# A "heading" -- with dashes...\n\n| a "cell" | 'b' -- ... |\n| --- | --- |\n| x | "y" |`,
  `<Steps>\n\n1. "First" -- step...\n\n</Steps>\n\nText with <kbd>"key"</kbd> inside.`,
  `"Open at the start\n\nof paragraphs" and 'don't' 'tis 90's rock 'n' roll.`,
  `Line one...\nline two . . .\nline three -- end.`,
  // Each thing only the second pass changes, alone in its text.
  `Em -- dash`,
  `Three --- dashes`,
  `Wait... now`,
  `Wait . . . now`,
  `\\\`\\\`Double backticks open (escaped, so not code)`,
  `Two '' apostrophes close`,
  // No straight quote anywhere: the quote pass is skipped, curly quotes and the rest stay as the library leaves them.
  `Already “curly” and ‘single’ -- with dashes... and no straight quote`,
];

describe('remarkSmartypantsFast', () => {
  it.each(CASES)('changes %j exactly as remark-smartypants does', (text) => {
    const [library, ours] = both(text);
    expect(ours).toEqual(library);
  });

  it('changes every real article exactly as remark-smartypants does', () => {
    const folders = ['content/articles', 'content/articles/hi'];
    const files = folders.flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => join(folder, name)),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const [library, ours] = both(readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
      expect(ours, file).toEqual(library);
    }
  });

  it('changes 300 generated articles exactly as remark-smartypants does', () => {
    const { files } = generateSites({ count: 300, seed: 3 });
    const articles = Object.entries(files).filter(([path]) => path.startsWith('helpcenter/articles/') && path.endsWith('.mdx'));
    expect(articles.length).toBe(300);
    for (const [path, text] of articles) {
      const [library, ours] = both(text.replace(/^---\n[\s\S]*?\n---\n/, ''));
      expect(ours, path).toEqual(library);
    }
  });
});
