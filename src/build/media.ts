/**
 * Screenshots and videos beside the articles. `rehypeMedia` (in the article
 * renderer) resolves every relative `img`, `video`, `track` and `poster` path
 * against the article's folder, refuses a missing file at its line (naming the
 * closest existing one), encodes images with Astro's sharp image service into
 * AVIF, WebP and their own format at the widths of `imageWidths`, and writes
 * them as `<picture>` (see `src/render/images.ts`). `media()` copies the files
 * into the build under `_media/` and serves them in `astro dev`.
 *
 * Files are named by a digest of their source bytes and kept in
 * `<cacheDir>/helpcenter-media/`, so a warm build encodes nothing: an
 * unchanged screenshot keeps its files, a changed one gets new names.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, ElementContent, Parents, Root } from 'hast';
import type { VFile } from 'vfile';
import { cacheDir } from './cache';
import { closest } from '../shared/closest';
import {
  articleImage,
  imageWidths,
  LARGE_IMAGE_BYTES,
  MODERN_FORMATS,
  type EncodedImage,
  type PictureFiles,
} from '../render/images';
import type { Problem } from '../lint/problems';
import { onFirstUse } from './on-first-use';

// Astro's image modules load on first use: a warm build encodes and measures no image.
const sharpModule = onFirstUse<typeof import('astro/assets/services/sharp')>('astro/assets/services/sharp', import.meta.url);
const imageUtils = onFirstUse<typeof import('astro/assets/utils')>('astro/assets/utils', import.meta.url);

/** Where encoded images and copied videos are kept between builds. */
export const mediaCacheDir = resolve(join(cacheDir, 'helpcenter-media'));
/** The folder of the build (and URL path under the base) that serves them. */
export const MEDIA_PATH = '_media';

/**
 * Settings of Astro's sharp service. AVIF at effort 2 (of 9) instead of the
 * default 4 encodes a 1600 px screenshot several times faster for a file a few
 * percent larger; the encoding happens once per screenshot, but on every cold build.
 */
const SHARP_CONFIG = { avif: { effort: 2 } };

/** Formats the image service encodes; others (SVG, GIF) are served as they are. */
const ENCODABLE = new Set(['png', 'jpg', 'jpeg', 'webp', 'avif', 'tiff']);

/** What the media step records about one article while it renders. */
export interface MediaData {
  path?: string;
  problems?: Problem[];
  /** Warnings that do not stop the build (a source image over 5 MB). */
  warnings?: string[];
  /** Names of the files in `mediaCacheDir` the article uses. */
  mediaFiles?: string[];
}

const isRelative = (url: string) => url !== '' && !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url);
const digestOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** What a media reference names, as the error says it, with the file types that can be one and the usual folder for it. */
const KINDS = {
  image: { extensions: ['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif', 'svg'], folder: 'images' },
  poster: { extensions: ['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif'], folder: 'videos' },
  video: { extensions: ['mp4', 'webm', 'ogv', 'm4v', 'mov'], folder: 'videos' },
  'captions file': { extensions: ['vtt'], folder: 'videos' },
} as const;
type Kind = keyof typeof KINDS;

/**
 * The closest existing file to `wanted` (by its whole path, so the same folder
 * wins a tie) of the same kind: an image for an image or poster, a video for a
 * video, a .vtt for captions; anywhere below the article folder.
 */
function closestFile(wanted: string, kind: Kind, articleDir: string): string | undefined {
  const extensions: readonly string[] = KINDS[kind].extensions;
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 3 || !existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, depth + 1);
      else if (extensions.includes(extname(entry.name).slice(1).toLowerCase()))
        found.push(`./${relative(articleDir, path).replaceAll('\\', '/')}`);
    }
  };
  walk(articleDir, 0);
  return closest(wanted.startsWith('./') ? wanted : `./${wanted}`, found);
}

/**
 * Every relative path an article's source refers to (`](./x.png)`, `src="./x.mp4"`),
 * with the bytes of each file that exists: part of the article's cache key, so
 * replacing a screenshot renders the article again.
 */
export function mediaDigest(source: string, articlePath: string): string {
  const hash = createHash('sha256');
  const dir = dirname(articlePath);
  for (const [, url] of source.matchAll(/(?:\]\(|(?:src|poster|captions)=["'])\s*([^)"'\s]+)/g)) {
    if (!isRelative(url!)) continue;
    const bare = url!.split(/[?#]/)[0]!;
    for (const path of [bare, bare.replace(/(\.[a-z0-9]+)$/i, '.dark$1')]) {
      const file = resolve(dir, decodeURI(path));
      hash.update(path);
      if (existsSync(file)) hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}

async function encode(
  bytes: Uint8Array,
  digest: string,
  format: string,
  width: number,
  src: string,
  used: string[],
  warn: (message: string) => void,
): Promise<string> {
  const name = `${digest}-${width}.${format === 'jpeg' ? 'jpg' : format}`;
  used.push(name);
  const file = join(mediaCacheDir, name);
  if (!existsSync(file)) {
    const { default: sharpService } = sharpModule();
    const { data } = await sharpService.transform(
      bytes,
      { src, width, format: format as 'avif', quality: format === 'avif' ? 55 : 75 },
      // The service reads only these of Astro's image settings.
      { service: { entrypoint: 'astro/assets/services/sharp', config: SHARP_CONFIG }, dangerouslyProcessSVG: false } as never,
      { warn } as never,
    );
    mkdirSync(mediaCacheDir, { recursive: true });
    writeFileSync(file, data);
  }
  return name;
}

/** Copies a file into the cache unchanged, under its digest; returns its name there. */
function keep(bytes: Uint8Array, extension: string, used: string[]): string {
  const name = `${digestOf(bytes)}${extension.toLowerCase()}`;
  used.push(name);
  const file = join(mediaCacheDir, name);
  if (!existsSync(file)) {
    mkdirSync(mediaCacheDir, { recursive: true });
    writeFileSync(file, bytes);
  }
  return name;
}

/**
 * Rehype plugin: screenshots as `<picture>`s, video files and captions checked
 * and copied. `root` is the project root, `base` the site's base path.
 */
export function rehypeMedia(options: { root: string; base: string }) {
  const base = options.base.replace(/\/+$/, '');
  const url = (name: string) => `${base}/${MEDIA_PATH}/${name}`;

  return async (tree: Root, file: VFile) => {
    const data = file.data as MediaData;
    const path = data.path ?? file.path;
    const problems = (data.problems ??= []);
    const warnings = (data.warnings ??= []);
    const used = (data.mediaFiles ??= []);
    const articleDir = dirname(resolve(options.root, path));
    let firstImage = true;

    /** The file a relative URL names, or a problem at `line` when it does not exist. */
    const source = (relativeUrl: string, kind: Kind, line: number) => {
      const full = resolve(articleDir, decodeURI(relativeUrl.split(/[?#]/)[0]!));
      if (existsSync(full) && statSync(full).isFile()) return full;
      const near = closestFile(relativeUrl, kind, articleDir);
      // The folder the path names when it is beside the article, else the usual one for this kind of file.
      const folder = `${dirname(full)}${sep}`.startsWith(`${articleDir}${sep}`)
        ? dirname(full)
        : join(articleDir, KINDS[kind].folder);
      problems.push({
        file: path,
        line,
        column: 1,
        rule: 'media-files',
        message: `${kind} "${relativeUrl}" does not exist (looked for ${relative(options.root, full)})${near ? ` — did you mean "${near}"?` : ''}`,
        fix: `put the file beside the article, in ${relative(options.root, folder).replaceAll('\\', '/')}/`,
      });
      return undefined;
    };

    const pictureFiles = async (full: string, relativeUrl: string, line: number): Promise<PictureFiles | undefined> => {
      const bytes = readFileSync(full);
      if (bytes.length > LARGE_IMAGE_BYTES) {
        warnings.push(
          `${path}:${line}: image "${relativeUrl}" is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; export screenshots at 1600 px wide or less (a few hundred KB) to keep builds fast`,
        );
      }
      const extension = extname(full).slice(1).toLowerCase();
      let meta: { width: number; height: number; format: string };
      try {
        const { imageMetadata } = imageUtils();
        meta = await imageMetadata(bytes, relativeUrl);
      } catch {
        problems.push({
          file: path,
          line,
          column: 1,
          rule: 'media-files',
          message: `"${relativeUrl}" is not an image the build can read`,
          fix: 'save it as PNG, JPEG or WebP',
        });
        return undefined;
      }
      const fullName = keep(bytes, `.${extension}`, used);
      if (!ENCODABLE.has(extension)) {
        return { files: [], full: url(fullName), width: meta.width, height: meta.height, fallback: extension };
      }
      const digest = digestOf(bytes);
      const fallback = meta.format === 'jpg' ? 'jpeg' : meta.format;
      const files: EncodedImage[] = [];
      for (const format of [...MODERN_FORMATS, fallback]) {
        for (const width of imageWidths(meta.width)) {
          files.push({
            url: url(
              await encode(bytes, digest, format, width, relativeUrl, used, (message) =>
                warnings.push(`${path}:${line}: ${message}`),
              ),
            ),
            width,
            format,
          });
        }
      }
      return { files, full: url(fullName), width: meta.width, height: meta.height, fallback };
    };

    const image = async (node: Element, line: number): Promise<Element | undefined> => {
      const src = String(node.properties.src ?? '');
      const alt = String(node.properties.alt ?? '');
      const caption = node.properties.title ? String(node.properties.title) : undefined;
      if (!isRelative(src)) {
        if (src.startsWith('/') && !src.startsWith('//') && !src.startsWith(`${base}/`)) node.properties.src = `${base}${src}`;
        if (!firstImage) Object.assign(node.properties, { loading: 'lazy', decoding: 'async' });
        firstImage = false;
        return undefined;
      }
      const full = source(src, 'image', line);
      if (!full) return undefined;
      const light = await pictureFiles(full, src, line);
      if (!light) return undefined;
      const darkPath = full.replace(/(\.[a-z0-9]+)$/i, '.dark$1');
      const dark = existsSync(darkPath) ? await pictureFiles(darkPath, src, line) : undefined;
      const element = articleImage({ alt, caption, light, dark, first: firstImage });
      firstImage = false;
      return element;
    };

    const media = (node: Element, line: number) => {
      for (const attribute of ['src', 'poster'] as const) {
        const value = node.properties[attribute];
        if (typeof value !== 'string' || !isRelative(value)) continue;
        const what: Kind = node.tagName === 'track' ? 'captions file' : attribute === 'poster' ? 'poster' : 'video';
        const full = source(value, what, line);
        if (full) node.properties[attribute] = url(keep(readFileSync(full), extname(full), used));
      }
    };

    const visit = async (parent: Parents, line: number): Promise<void> => {
      for (let index = 0; index < parent.children.length; index++) {
        const node = parent.children[index]!;
        if (node.type !== 'element') continue;
        const at = node.position?.start.line ?? line;
        if (node.tagName === 'img') {
          const replacement = await image(node, at);
          if (!replacement) continue;
          const onlyChild =
            parent.type === 'element' &&
            parent.tagName === 'p' &&
            parent.children.every((c) => c === node || (c.type === 'text' && !c.value.trim()));
          // A lone screenshot is a block: its <figure> cannot sit inside a <p>.
          if (onlyChild) Object.assign(parent, { tagName: 'div', properties: { class: 'article-image-block' } });
          parent.children[index] = replacement as ElementContent;
          continue;
        }
        if (node.tagName === 'video' || node.tagName === 'track' || node.tagName === 'source') media(node, at);
        await visit(node, at);
      }
    };
    await visit(tree, 1);
  };
}

/**
 * The site path (without base) of the published, unchanged copy of a file
 * that an article in `articleDir` names by `relativePath`; the path as written
 * when the file does not exist (the article loader has reported it already).
 */
export function publishedMediaPath(articleDir: string, relativePath: string): string {
  const full = resolve(articleDir, decodeURI(relativePath));
  if (!existsSync(full)) return relativePath;
  return `/${MEDIA_PATH}/${digestOf(readFileSync(full))}${extname(full).toLowerCase()}`;
}

/** Removes the cached files no article uses any more; returns their names. */
export function pruneMediaCache(usedFiles: ReadonlySet<string>): string[] {
  if (!existsSync(mediaCacheDir)) return [];
  const pruned = readdirSync(mediaCacheDir).filter((name) => !usedFiles.has(name));
  for (const name of pruned) rmSync(join(mediaCacheDir, name));
  return pruned;
}

const TYPES: Record<string, string> = {
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt',
};

/**
 * Copies the article media into the build (`dist/_media/`) and serves them
 * from the cache in `astro dev`.
 */
export function media(): AstroIntegration {
  let base = '/';
  return {
    name: 'helpcenter:media',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${MEDIA_PATH}/`;
        server.middlewares.use((request, response, next) => {
          const name = request.url?.startsWith(prefix) ? basename(request.url.slice(prefix.length).split('?')[0]!) : undefined;
          const file = name && join(mediaCacheDir, name);
          if (!file || !existsSync(file)) return next();
          response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
          void readFile(file).then((bytes) => response.end(bytes), next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!existsSync(mediaCacheDir) || readdirSync(mediaCacheDir).length === 0) return;
        const out = join(fileURLToPath(dir), MEDIA_PATH);
        try {
          await cp(mediaCacheDir, out, { recursive: true });
        } catch (error) {
          throw new Error(`the article images could not be copied into ${out}: ${(error as Error).message}`, { cause: error });
        }
        logger.info(`${readdirSync(out).length} image and video files copied to ${MEDIA_PATH}/`);
      },
    },
  };
}
