import { expect, test } from '@playwright/test';
import { findBrokenLinks, pagePath } from '../../src/lint/links';
import { pageLinks, siteFiles } from './site-files';

test('every internal link and #fragment in the built site resolves, and external links open safely', () => {
  const pages = pageLinks();
  const files = new Set(siteFiles().map(pagePath));
  // Short links are absolute, on the configured site URL: that origin is the site's own.
  const broken = findBrokenLinks(pages, files, new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin);
  const report = broken.map((b) => `  ${b.page}: ${b.href} — ${b.reason}`).join('\n');
  expect(broken, `${broken.length} broken links:\n${report}`).toEqual([]);
  expect(pages.size).toBeGreaterThan(20);
});
