/**
 * Rehype plugin, last of the article renderer: records every `id` of the
 * article (what `#anchor` links may target) and every link to an anchor of an
 * article (`/articles/<slug>/#anchor` or `#anchor`) with its line, so the
 * loader can check them across articles before any page is written
 * (see `src/lint/anchor-links.ts`).
 */
import type { Parents, Root } from 'hast';
import type { VFile } from 'vfile';
import type { AnchorLink } from '../lint/anchor-links';

/** What the plugin leaves in `file.data`. */
export interface LinkTargetData {
  ids?: string[];
  /** Ids of headings and other elements marked `data-anchor`: what a link is meant to target. */
  anchors?: string[];
  /** Ids of the elements marked `data-anchor`, in document order: what a translation aligns with its English article. */
  anchored?: string[];
  anchorLinks?: AnchorLink[];
}

/** See the file comment. */
export function rehypeLinkTargets() {
  return (tree: Root, file: VFile) => {
    const data = file.data as LinkTargetData;
    const ids: string[] = (data.ids = []);
    const anchors: string[] = (data.anchors = []);
    const anchored: string[] = (data.anchored = []);
    const links: AnchorLink[] = (data.anchorLinks = []);
    const visit = (parent: Parents, line: number) => {
      for (const node of parent.children) {
        if (node.type !== 'element') continue;
        const at = node.position?.start.line ?? line;
        const id = node.properties.id;
        if (typeof id === 'string') {
          ids.push(id);
          if (/^h[1-6]$/.test(node.tagName) || node.properties.dataAnchor !== undefined) anchors.push(id);
          if (node.properties.dataAnchor !== undefined) anchored.push(id);
        }
        const href = node.properties.href;
        if (node.tagName === 'a' && typeof href === 'string' && href.includes('#')) links.push({ href, line: at });
        visit(node, at);
      }
    };
    visit(tree, 1);
  };
}
