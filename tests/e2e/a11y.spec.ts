import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPages } from './site-files';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
// Every page in the sitemap, plus the 404 page (which no sitemap lists).
const pages = [...sitemapPages(), '/404.html'];

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
