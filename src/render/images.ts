/**
 * How a screenshot in an article becomes HTML: the widths it is encoded at,
 * the `<picture>` with AVIF and WebP sources and a fallback, its optional dark
 * twin, the link to the full-size file (the zoom) and its caption. The files
 * themselves are made by `src/build/images.ts`.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';

/** Widths a screenshot is encoded at, in pixels: a 390 px phone at 1× and 2×, then the content column at 1× and 2×. */
export const IMAGE_WIDTHS = [400, 800, 1200, 1600] as const;

/**
 * `sizes` of an article image: the column is the viewport less its padding on
 * phones, and at most 45rem (720 px) beside the table of contents.
 */
export const IMAGE_SIZES = '(min-width: 48rem) 45rem, calc(100vw - 2rem)';

/** Formats of the `<source>`s, best first; the fallback `<img>` keeps the source's own format. */
export const MODERN_FORMATS = ['avif', 'webp'] as const;

/** A source image bigger than this is reported: it makes builds slow and is almost always an unscaled export. */
export const LARGE_IMAGE_BYTES = 5 * 1024 * 1024;

/** The widths to encode an image `sourceWidth` pixels wide at: those below it, and the source's own width. */
export function imageWidths(sourceWidth: number): number[] {
  return [...IMAGE_WIDTHS.filter((width) => width < sourceWidth), sourceWidth].slice(0, IMAGE_WIDTHS.length);
}

/** One encoded file of an image. */
export interface EncodedImage {
  /** Site path of the file, base path included. */
  url: string;
  width: number;
  format: string;
}

/** One image (light, or its dark twin) ready to be written as `<picture>`. */
export interface PictureFiles {
  /** Encoded files, every width of every format. */
  files: EncodedImage[];
  /** Site path of the unchanged source file: the zoom and the no-JavaScript link show it. */
  full: string;
  width: number;
  height: number;
  /** Format of the fallback `<img>` (`png`, `jpeg`…). */
  fallback: string;
}

const srcset = (files: EncodedImage[], format: string) =>
  files
    .filter((file) => file.format === format)
    .map((file) => `${file.url} ${file.width}w`)
    .join(', ');

function picture(image: PictureFiles, alt: string, eager: boolean, className?: string, indexAlt = true): Element {
  const fallback = image.files.filter((file) => file.format === image.fallback);
  return h('picture', { class: className }, [
    ...MODERN_FORMATS.map((format) =>
      h('source', { type: `image/${format}`, srcset: srcset(image.files, format), sizes: IMAGE_SIZES }),
    ),
    h('img', {
      src: fallback.length ? fallback.at(-1)!.url : image.full,
      srcset: fallback.length > 1 ? srcset(image.files, image.fallback) : undefined,
      sizes: fallback.length > 1 ? IMAGE_SIZES : undefined,
      alt,
      // Search finds a screenshot by what it shows; the dark twin's alt is the same and indexed once.
      'data-pagefind-index-attrs': indexAlt ? 'alt' : undefined,
      width: image.width,
      height: image.height,
      loading: eager ? undefined : 'lazy',
      decoding: eager ? undefined : 'async',
      // The first screenshot is usually the largest thing on screen: fetched first.
      fetchpriority: eager ? 'high' : undefined,
    }),
  ]);
}

/** What an article image is written as. */
export interface ArticleImage {
  alt: string;
  /** The visible caption (the Markdown title, or `<Figure caption>`). */
  caption?: string | undefined;
  light: PictureFiles;
  /** `name.dark.png` beside `name.png`, shown in the dark theme. */
  dark?: PictureFiles | undefined;
  /** True for the article's first image: loaded at once, not lazily. */
  first: boolean;
}

/**
 * The HTML of an article image: a link to the full-size file (what the zoom
 * opens, and where a reader without JavaScript goes) around one `<picture>`,
 * or two when there is a dark twin (the theme shows one with CSS), inside a
 * `<figure>` with its caption when there is one.
 */
export function articleImage(image: ArticleImage): Element {
  const pictures: ElementContent[] = image.dark
    ? [
        picture(image.light, image.alt, image.first, 'theme-light'),
        // Lazy even when first: a hidden lazy image is never downloaded, so each reader fetches one of the two.
        picture(image.dark, image.alt, false, 'theme-dark', false),
      ]
    : [picture(image.light, image.alt, image.first)];
  const link = h(
    'a',
    {
      href: image.light.full,
      class: 'zoom-link',
      'data-zoom': '',
      'data-zoom-dark': image.dark?.full,
      'aria-label': `${image.alt} (open full size)`,
    },
    pictures,
  );
  if (!image.caption) return h('span', { class: 'article-image' }, [link]);
  return h('figure', { class: 'article-image' }, [link, h('figcaption', image.caption)]);
}
