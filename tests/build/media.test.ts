import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from './build-fixture';

const page = (build: FixtureBuild, slug: string) => readFileSync(join(build.outDir, 'articles', slug, 'index.html'), 'utf8');
const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)![1]!;
const mediaCache = (build: FixtureBuild) => join(build.contentDir, '..', 'cache', 'helpcenter-media');
const mtimes = (folder: string) => readdirSync(folder).map((name) => `${name} ${statSync(join(folder, name)).mtimeMs}`);

// Sequential: concurrent Astro builds in one project share its .astro/ folder.
describe('building articles with screenshots and videos', { timeout: 180_000 }, () => {
  let build: FixtureBuild;

  it('publishes the encoded screenshots and the video files, and the page refers to them', async () => {
    build = await buildFixture('media', { env: { HELPCENTER_NO_BROWSER: '1' } });
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
    const html = page(build, 'extra');
    const published = readdirSync(join(build.outDir, '_media'));
    for (const [, url] of html.matchAll(/(?:src|srcset|poster|href)="(\/_media\/[^" ]+)/g)) {
      expect(published).toContain(url!.slice('/_media/'.length));
    }
    expect(published.filter((name) => name.endsWith('.avif'))).toHaveLength(8); // dashboard: 3 widths × (light, dark); settings.png (800 px): 2, shared by two images
    expect(html).toContain('<picture class="theme-light">');
  });

  it('indexes the alt text and the caption of screenshots for search', () => {
    const fragments = join(build.outDir, 'pagefind', 'fragment');
    const text = readdirSync(fragments)
      .map((name) => gunzipSync(readFileSync(join(fragments, name))).toString('utf8'))
      .find((fragment) => fragment.includes('/articles/extra/'));
    expect(text).toContain('The dashboard with the Users list open');
    expect(text).toContain('The dashboard after you log in');
  });

  it('opens frame-src for YouTube on the page that embeds it, and on no other page', () => {
    expect(policyOf(page(build, 'extra'))).toContain('frame-src https://www.youtube-nocookie.com;');
    expect(policyOf(page(build, 'guide'))).not.toContain('frame-src');
  });

  it('loads the zoom and video scripts only on the page with screenshots and videos', () => {
    const scripts = (html: string) => [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map(([, src]) => src);
    expect(scripts(page(build, 'extra')).length).toBeGreaterThan(scripts(page(build, 'guide')).length);
  });

  it('encodes nothing on a warm build: every cached file is kept as it was', async () => {
    const before = mtimes(mediaCache(build));
    const again = await buildFixture('media', { again: build, env: { HELPCENTER_NO_BROWSER: '1' } });
    expect(again.status).toBe(0);
    expect(again.output).toContain('0 rendered, 3 unchanged');
    expect(mtimes(mediaCache(build))).toEqual(before);
  });

  it('stops at every broken reference, at its line, with the closest existing name and the fix', async () => {
    const broken = await buildFixture('media-broken', { env: { HELPCENTER_NO_BROWSER: '1' } });
    expect(broken.status).not.toBe(0);
    expect(broken.hasOutput).toBe(false);
    expect(broken.output).toContain('4 content problems found');
    for (const message of [
      'content/articles/extra.mdx:13:1: image "./images/dashbord.png" does not exist (looked for content/articles/images/dashbord.png) — did you mean "./images/dashboard.png"? (put the file beside the article, in content/articles/images/)',
      'content/articles/extra.mdx:15:1: poster "./videos/tuor.jpg" does not exist (looked for content/articles/videos/tuor.jpg) — did you mean "./videos/tour.jpg"? (put the file beside the article, in content/articles/videos/)',
      'content/articles/extra.mdx:15:1: captions file "./videos/tour.srt" does not exist (looked for content/articles/videos/tour.srt) — did you mean "./videos/tour.vtt"? (put the file beside the article, in content/articles/videos/)',
      'content/articles/extra.mdx:17:1: the link to "/articles/guide/#log-inn" leads to no anchor: /articles/guide/ (content/articles/guide.mdx) has no id "log-inn" (link to one of its anchors, closest first: #task-log-in, #steps, #problem-can-t-log-in)',
    ]) {
      expect(broken.output).toContain(message);
    }
  });

  // Refused HTML and unsafe links are the content check's: the build stops before any article renders.
  it('refuses an article that tries to run code or embed a frame, so no page with it is ever written', async () => {
    const script = await buildFixture('media-script', { env: { HELPCENTER_NO_BROWSER: '1' } });
    expect(script.status).not.toBe(0);
    expect(script.hasOutput).toBe(false);
    expect(script.output).toContain('4 content problems found');
    expect(script.output).toContain(
      'content/articles/extra.mdx:15:1: <script> is not allowed in articles (articles cannot run code; describe the steps in text)',
    );
    expect(script.output).toContain('content/articles/extra.mdx:17:1: <p> is not allowed in articles');
    expect(script.output).toContain(
      'content/articles/extra.mdx:19:1: the link "javascript:alert(document.cookie)" uses javascript:',
    );
    expect(script.output).toContain(
      'content/articles/extra.mdx:21:1: <iframe> is not allowed in articles (use <YouTube id="…" title="…" /> or <Vimeo id="…" title="…" /> for a video)',
    );
  });
});
