import { expect, test } from '@playwright/test';
import { articles } from './content';

const GUIDE = '/articles/what-to-do-after-paying-for-myoperator/';
const TITLE = 'MyOperator activation flow';

test('the guide shows its activation flow as an image with an accessible name, description and caption', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(GUIDE);
  const diagram = page.getByRole('img', { name: TITLE });
  await expect(diagram).toHaveCount(1);
  await expect(diagram).toBeVisible();
  await expect(diagram).toHaveAccessibleDescription(
    /confirmation email, then dashboard login, then the setup tasks .* then service live/,
  );
  const figure = page.locator('figure.diagram');
  await expect(figure.locator('figcaption')).toHaveText(TITLE);
  await figure.getByText('Diagram as text').click();
  await expect(figure.locator('.diagram-text li')).toHaveText([
    'Confirmation email',
    'Dashboard login',
    'Setup tasks: call flow, users, documents, support',
    'Service live',
  ]);
  // Search indexes the caption and the text version, not the drawing's labels.
  await expect(figure.locator('svg:not([data-pagefind-ignore])')).toHaveCount(0);
  await expect(figure.locator('[data-pagefind-ignore] figcaption, [data-pagefind-ignore] details')).toHaveCount(0);
});

test('the diagram follows the system theme and the theme toggle, with CSS alone', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(GUIDE);
  const light = page.locator('svg.diagram-light');
  const dark = page.locator('svg.diagram-dark');
  await expect(dark).toBeVisible();
  await expect(light).toBeHidden();
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(light).toBeVisible();
  await expect(dark).toBeHidden();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(dark).toBeVisible();
  await expect(light).toBeHidden();
  await expect(page.getByRole('img', { name: TITLE })).toHaveCount(1);
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the diagram scrolls sideways inside its figure and its text stays at least 12 px', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(GUIDE);
    const canvas = page.locator('.diagram-canvas');
    const { scrollWidth, clientWidth, right } = await canvas.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
      right: el.getBoundingClientRect().right,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(right).toBeLessThanOrEqual(320);
    const smallest = await page.locator('svg.diagram-light').evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    });
    expect(smallest).toBeGreaterThanOrEqual(12);
    await expect(canvas).toHaveAttribute('tabindex', '0');
  });
});

test('no page requests any Mermaid script', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || /mermaid/i.test(request.url())) scripts.push(request.url());
  });
  for (const path of ['/', '/tags/', ...articles.map((a) => `/articles/${a.slug}/`)]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
  expect(await page.locator('script[src*="mermaid" i]').count()).toBe(0);
});
