import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, sitemapPages } from './site-files';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Up to `count` of `list`, evenly spread from its first to its last. */
const spread = <T>(list: readonly T[], count: number): T[] =>
  list.length <= count
    ? [...list]
    : Array.from({ length: count }, (_, i) => list[Math.round((i * (list.length - 1)) / (count - 1))]!);

/**
 * The pages to check: every page in the sitemap and the 404 page (which no sitemap lists), except
 * that of the other languages' article fallbacks, category pages and tag pages, a few of each kind:
 * they are the English page's template with the language's interface words, and every English page
 * is checked. Every translated article and every other page of each language is kept.
 */
function pagesToCheck(): string[] {
  // Each language's 404 page too (no sitemap lists them).
  const notFound = [
    '/404.html',
    ...readdirSync(distDir)
      .filter((name) => existsSync(join(distDir, name, '404', 'index.html')))
      .map((name) => `/${name}/404/`),
  ];
  const all = [...sitemapPages(), ...notFound];
  const html = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
  const kind = (path: string) => {
    const match = /^\/([a-z]{2,3})\/(articles|categories|tags)\/[^/]+\/$/.exec(path);
    if (!match) return undefined;
    if (match[2] === 'articles' && !html(path).includes('data-translation-notice="fallback"')) return undefined;
    return `${match[1]} ${match[2]}`;
  };
  const groups = new Map<string, string[]>();
  for (const path of all) {
    const group = kind(path);
    if (group) groups.set(group, [...(groups.get(group) ?? []), path]);
  }
  const sampled = new Set([...groups.values()].flatMap((paths) => spread(paths, 3)));
  return all.filter((path) => kind(path) === undefined || sampled.has(path));
}
const pages = pagesToCheck();

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const path of pages) {
      test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        const summary = results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`,
        );
        expect(summary, summary.join('\n')).toEqual([]);
      });
    }
  });
}

test('focus is always visible while tabbing through an article', async ({ page }) => {
  await page.goto('/articles/what-to-do-after-paying-for-myoperator/');
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style, `focused ${outline.tag} #${i + 1} shows an outline`).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});

test('a keyboard-only walk through the guide reaches the skip link, search, copy buttons and checklist', async ({ page }) => {
  await page.goto('/articles/what-to-do-after-paying-for-myoperator/');
  const reached = new Set<string>();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '';
      const label = el.getAttribute('aria-label') ?? el.textContent ?? '';
      return `${el.tagName.toLowerCase()}:${el.getAttribute('type') ?? ''}:${label.trim().replace(/\s+/g, ' ')}`;
    });
    reached.add(name);
  }
  const all = [...reached].join('\n');
  expect(all).toMatch(/^a::Skip to content$/m);
  expect(all).toMatch(/^input:search:/m);
  expect(all).toMatch(/^button:button:Copy answer$/m);
  expect(all).toMatch(/^button:button:Copy link to “Didn’t get the confirmation email”$/m);
  expect(all).toMatch(/^input:checkbox:/m);
  expect(all).toMatch(/^button:button:Copy fix/m);
});
