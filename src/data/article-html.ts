import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { readRendered, renderedDir } from '../build/cache';
import type { ArticleMetadata } from '../content/loader';
import type { Heading } from '../render/toc';

/** An article's rendered body and headings, as the article loader left them. */
export function articleContent(entry: CollectionEntry<'articles'>): { html: string; headings: Heading[] } {
  const metadata = entry.rendered?.metadata as (ArticleMetadata & { headings?: Heading[] }) | undefined;
  if (!metadata?.cacheFile)
    throw new Error(`${entry.filePath ?? entry.id}: the article loader left no rendered HTML; build again`);
  const file = join(renderedDir, metadata.cacheFile);
  const { html } = readRendered(readFileSync(file, 'utf8'), file);
  return { html, headings: metadata.headings ?? [] };
}
