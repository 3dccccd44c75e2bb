import { describe, expect, it } from 'vitest';
import { checkSource } from '../../../src/lint';
import { safeUrls } from '../../../src/lint/safe-urls';
import { formatProblem } from '../../../src/lint/problems';
import { mdx } from './lint-helpers';

const lint = (body: string) =>
  checkSource('content/articles/guide.mdx', mdx(body), { categories: [] }, { 'safe-urls': safeUrls }).map(formatProblem);

describe('safe-urls', () => {
  it('refuses a link, image or attribute that could run code, at its place, with what to link to instead', () => {
    expect(lint('[Click](javascript:alert(1)) and ![x](JavaScript:alert(2))\n\n<Video src="vbscript:x" captions="./x.vtt" />'))
      .toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:10:1: the link "javascript:alert(1)" uses javascript:, which articles cannot use (link to a page with https://, a site path (/articles/slug/) or mailto:)",
        "content/articles/guide.mdx:10:34: the link "JavaScript:alert(2)" uses javascript:, which articles cannot use (link to a page with https://, a site path (/articles/slug/) or mailto:)",
        "content/articles/guide.mdx:12:8: the link "vbscript:x" uses vbscript:, which articles cannot use (link to a page with https://, a site path (/articles/slug/) or mailto:)",
      ]
    `);
  });

  it('passes https, site paths, relative files, anchors, mailto and tel', () => {
    expect(
      lint('[a](https://example.com) [b](/articles/x/) ![c](./images/a.png) [d](#steps) [e](mailto:a@b.c) [f](tel:+911234)'),
    ).toEqual([]);
  });
});
