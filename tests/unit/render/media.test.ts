import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleParser, parseArticleFile } from '../../../src/content/article-source';
import { bodyMarkdown } from '../../../src/render/markdown-export';
import { checkSource } from '../../../src/lint';
import { formatProblem } from '../../../src/lint/problems';
import type { RenderedArticle } from '../../../src/render/article';
import { COMPONENT_WORDS } from '../../../src/render/components';

// The media cache lives under HELPCENTER_CACHE, read when the module loads: a folder of this test's own.
process.env.HELPCENTER_CACHE = mkdtempSync(join(tmpdir(), 'helpcenter-media-unit-'));
const { createArticleRenderer } = await import('../../../src/render/article');
const { rehypeMedia, mediaCacheDir } = await import('../../../src/build/media');

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'media');
const FILE = 'articles/extra.mdx';
const renderer = createArticleRenderer({ base: '/help/', media: [rehypeMedia, { root, base: '/help/' }] });
const render = (source: string, file: string) => renderer(parseArticleFile(file, source));
const article = (body: string) => `---\ntitle: Guide\n---\n\n${body}\n`;

describe('screenshots and videos beside an article', { timeout: 60_000 }, () => {
  let fixture: RenderedArticle;
  beforeAll(async () => {
    fixture = await render(readFileSync(join(root, FILE), 'utf8'), FILE);
  }, 120_000);

  it('renders a relative screenshot as a <picture> with AVIF, WebP and PNG at the column widths', () => {
    expect(fixture.problems).toEqual([]);
    const first = fixture.html.match(/<picture class="theme-light">[\s\S]*?<\/picture>/)![0];
    expect(first).toMatch(
      /<source type="image\/avif" srcset="\/help\/_media\/[0-9a-f]{16}-400\.avif 400w, \/help\/_media\/[0-9a-f]{16}-800\.avif 800w, \/help\/_media\/[0-9a-f]{16}-1000\.avif 1000w" sizes="\(min-width: 48rem\) 45rem, calc\(100vw - 2rem\)">/,
    );
    expect(first).toMatch(
      /<source type="image\/webp" srcset="[^"]+-400\.webp 400w, [^"]+-800\.webp 800w, [^"]+-1000\.webp 1000w"/,
    );
    expect(first).toMatch(
      /<img src="\/help\/_media\/[0-9a-f]{16}-1000\.png" srcset="[^"]+-400\.png 400w, [^"]+-800\.png 800w, [^"]+-1000\.png 1000w" sizes="[^"]+" alt="The dashboard with the Users list open" data-pagefind-index-attrs="alt" width="1000" height="625" fetchpriority="high">/,
    );
  });

  it('loads only the first image at once; the others lazily', () => {
    const images = [...fixture.html.matchAll(/<img [^>]*>/g)].map(([tag]) => tag);
    expect(images).toHaveLength(4); // light and dark of the first, the second, the <Figure>
    expect(images[0]).not.toContain('loading');
    for (const tag of images.slice(1)) expect(tag).toContain('loading="lazy" decoding="async"');
  });

  it('shows name.dark.png in the dark theme, and links each screenshot to its full-size file for the zoom', () => {
    expect(fixture.html).toMatch(/<picture class="theme-dark">/);
    expect(fixture.html).toMatch(
      /<a href="\/help\/_media\/[0-9a-f]{16}\.png" class="zoom-link" data-zoom data-zoom-dark="\/help\/_media\/[0-9a-f]{16}\.png" aria-label="The dashboard with the Users list open \(open full size\)">/,
    );
  });

  it('turns a Markdown title and a <Figure> caption into a visible caption, outside any paragraph', () => {
    expect(fixture.html).toMatch(
      /<div class="article-image-block"><figure class="article-image">[\s\S]*?<figcaption>The dashboard after you log in<\/figcaption><\/figure><\/div>/,
    );
    expect(fixture.html).toContain('<figcaption>Settings, with Save at the bottom</figcaption>');
    expect(fixture.html).not.toMatch(/<p><figure/);
  });

  it('publishes the video, its captions and poster under _media/, and the YouTube video as a link until clicked', () => {
    expect(fixture.html).toMatch(
      /<video controls preload="none" playsinline poster="\/help\/_media\/[0-9a-f]{16}\.jpg" src="\/help\/_media\/[0-9a-f]{16}\.mp4" aria-label="A tour of the dashboard" width="1280" height="720"><track kind="captions" src="\/help\/_media\/[0-9a-f]{16}\.vtt" srclang="en" label="Captions" default>/,
    );
    expect(fixture.html).toContain(
      '<figure class="video-embed not-prose" data-video-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1" data-frame-src="https://www.youtube-nocookie.com"',
    );
    expect(fixture.html).toContain('<a class="video-embed-start" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
    expect(fixture.html).not.toMatch(/<iframe|<img[^>]+youtube|ytimg/);
  });

  it('keeps every file it uses in the cache by content, so a second render encodes nothing', async () => {
    const files = readdirSync(mediaCacheDir).sort();
    expect(files).toEqual([...new Set(fixture.mediaFiles)].sort());
    const again = await render(readFileSync(join(root, FILE), 'utf8'), FILE);
    expect(again.html).toBe(fixture.html);
    expect(readdirSync(mediaCacheDir).sort()).toEqual(files);
  });

  it('names a missing image, video, poster or captions file at its line with the closest existing name', async () => {
    const result = await render(
      article(
        [
          '![The dashboard](./images/dashbord.png)',
          '',
          '<Video src="./videos/tuor.mp4" captions="./videos/tour.srt" poster="./videos/tour.png" />',
        ].join('\n'),
      ),
      FILE,
    );
    expect(result.problems.map(formatProblem)).toEqual([
      'articles/extra.mdx:5:1: image "./images/dashbord.png" does not exist (looked for articles/images/dashbord.png) — did you mean "./images/dashboard.png"? (put the file beside the article, in articles/images/)',
      'articles/extra.mdx:7:1: video "./videos/tuor.mp4" does not exist (looked for articles/videos/tuor.mp4) — did you mean "./videos/tour.mp4"? (put the file beside the article, in articles/videos/)',
      'articles/extra.mdx:7:1: poster "./videos/tour.png" does not exist (looked for articles/videos/tour.png) — did you mean "./videos/tour.jpg"? (put the file beside the article, in articles/videos/)',
      'articles/extra.mdx:7:1: captions file "./videos/tour.srt" does not exist (looked for articles/videos/tour.srt) — did you mean "./videos/tour.vtt"? (put the file beside the article, in articles/videos/)',
    ]);
  });

  it('suggests the closest file of the same kind, and the folder the path names for the fix', async () => {
    const result = await render(
      article(
        [
          // Nearer by name are tour.mp4 and tour.vtt; only the .jpg is an image.
          '![The tour](./videos/tour.png)',
          '',
          '<Video src="./videos/tour.webm" captions="./tour.vtt" poster="./images/tour.jpg" />',
        ].join('\n'),
      ),
      FILE,
    );
    expect(result.problems.map(formatProblem)).toEqual([
      'articles/extra.mdx:5:1: image "./videos/tour.png" does not exist (looked for articles/videos/tour.png) — did you mean "./videos/tour.jpg"? (put the file beside the article, in articles/videos/)',
      'articles/extra.mdx:7:1: video "./videos/tour.webm" does not exist (looked for articles/videos/tour.webm) — did you mean "./videos/tour.mp4"? (put the file beside the article, in articles/videos/)',
      'articles/extra.mdx:7:1: poster "./images/tour.jpg" does not exist (looked for articles/images/tour.jpg) — did you mean "./videos/tour.jpg"? (put the file beside the article, in articles/images/)',
      'articles/extra.mdx:7:1: captions file "./tour.vtt" does not exist (looked for articles/tour.vtt) — did you mean "./videos/tour.vtt"? (put the file beside the article, in articles/)',
    ]);
  });

  it('gives images from public/ the base path, and refuses a <Video> without captions', async () => {
    const result = await render(article('![Logo](/images/logo.png)'), FILE);
    expect(result.html).toContain('<img src="/help/images/logo.png" alt="Logo">');
    // Components are checked by the content check (the components rule), before any article renders.
    const problems = checkSource(FILE, article('![Logo](/images/logo.png)\n\n<Video src="./videos/tour.mp4" />'), {
      categories: [],
    });
    expect(problems.filter((p) => p.rule === 'components').map(formatProblem)).toEqual([
      'articles/extra.mdx:7:1: <Video> needs captions="./videos/name.vtt" (a WebVTT captions file, so readers who cannot hear the video can follow it)',
    ]);
  });
});

describe('a source image over 5 MB', { timeout: 120_000 }, () => {
  it('is a warning at its line, not a failure', async () => {
    const { default: sharp } = await import('sharp');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const site = mkdtempSync(join(tmpdir(), 'helpcenter-large-image-'));
    mkdirSync(join(site, 'articles', 'images'), { recursive: true });
    // Noise does not compress: 1400 × 1400 RGB is about 5.9 MB as PNG.
    const noise = Buffer.alloc(1400 * 1400 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    writeFileSync(
      join(site, 'articles', 'images', 'huge.png'),
      await sharp(noise, { raw: { width: 1400, height: 1400, channels: 3 } })
        .png({ compressionLevel: 0 })
        .toBuffer(),
    );
    const renderLarge = createArticleRenderer({ media: [rehypeMedia, { root: site, base: '/' }] });
    const result = await renderLarge(parseArticleFile(FILE, article('![A huge export](./images/huge.png)')));
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^articles\/extra\.mdx:5: image "\.\/images\/huge\.png" is 5\.\d MB; export screenshots at 1600 px wide or less \(a few hundred KB\) to keep builds fast$/,
      ),
    ]);
  });
});

describe('mediaDigest', () => {
  it('changes when a screenshot the article names is replaced, or its dark twin appears, and not otherwise', async () => {
    const { mediaDigest } = await import('../../../src/build/media');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const site = mkdtempSync(join(tmpdir(), 'helpcenter-media-digest-'));
    mkdirSync(join(site, 'images'));
    const article = join(site, 'guide.mdx');
    const source = '![A](images/a.png) ![B](./images/b.png "Caption") ![Logo](/logo.png) [site](https://example.com/x.png)';
    writeFileSync(join(site, 'images', 'a.png'), 'one');
    writeFileSync(join(site, 'images', 'b.png'), 'two');
    const first = mediaDigest(source, article);
    expect(mediaDigest(source, article)).toBe(first);
    writeFileSync(join(site, 'images', 'a.png'), 'changed');
    const second = mediaDigest(source, article);
    expect(second).not.toBe(first);
    writeFileSync(join(site, 'images', 'b.dark.png'), 'dark');
    expect(mediaDigest(source, article)).not.toBe(second);
  });
});

describe('videos in the Markdown export of a translated article', () => {
  const body = [
    '<Video src="./videos/tour.mp4" captions="./videos/tour.vtt" title="डैशबोर्ड का परिचय" />',
    '',
    '<YouTube id="dQw4w9WgXcQ" title="दो मिनट में" />',
    '',
    '<Vimeo id="76979871" title="नंबर पोर्ट करना" />',
  ].join('\n');
  const exported = (words?: typeof COMPONENT_WORDS) => bodyMarkdown(body, articleParser().parse(body), 0, words);

  it("uses the article's language for the words around the links", () => {
    const hindi = JSON.parse(readFileSync('src/i18n/hi.json', 'utf8')) as Record<string, string>;
    const words = {
      ...COMPONENT_WORDS,
      video: hindi['component.video']!,
      videoCaptions: hindi['component.videoCaptions']!,
    };
    expect(exported(words).trim().split('\n\n')).toEqual([
      '[वीडियो: डैशबोर्ड का परिचय](./videos/tour.mp4) ([कैप्शन](./videos/tour.vtt))',
      '[वीडियो: दो मिनट में](https://www.youtube.com/watch?v=dQw4w9WgXcQ)',
      '[वीडियो: नंबर पोर्ट करना](https://vimeo.com/76979871)',
    ]);
  });

  it('stays English without words', () => {
    expect(exported()).toContain('[Video: दो मिनट में](https://www.youtube.com/watch?v=dQw4w9WgXcQ)');
    expect(exported()).toContain('([Captions](./videos/tour.vtt))');
  });
});
