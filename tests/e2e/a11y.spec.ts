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
