/**
 * The media components of articles: `<Figure>` (a screenshot with a caption),
 * `<Video>` (a self-hosted video with captions) and `<YouTube>` / `<Vimeo>`
 * (a click-to-load placeholder: the page makes no request to the video host
 * until the reader asks for the video). Paths stay relative here; the media
 * step (`src/integrations/media.ts`) checks and publishes the files.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { ComponentError } from '../component-props';
import { COMPONENT_WORDS, type ComponentCall } from './components';

const text = (call: ComponentCall, component: string, name: string, example: string): string | undefined => {
  const value = call.props[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ComponentError(call.location, component, `has ${name} that is not text: write ${name}="${example}"`);
  }
  return value.trim();
};
const required = (call: ComponentCall, component: string, name: string, example: string, why: string): string => {
  const value = text(call, component, name, example);
  if (value === undefined) throw new ComponentError(call.location, component, `needs ${name}="${example}": ${why}`);
  return value;
};

/** `<Figure src="./images/x.png" alt="…" caption="…" />`: a screenshot with a visible caption. */
export function figure(call: ComponentCall): Element {
  const src = required(call, 'Figure', 'src', './images/name.png', 'the image file, relative to the article');
  const alt = required(call, 'Figure', 'alt', 'What the screenshot shows', 'readers who cannot see the image get this text');
  const caption = required(call, 'Figure', 'caption', 'The caption under the image', 'without one, write ![alt](src) instead');
  // The media step turns it into a <picture>; `title` is the caption, as for a Markdown image with a title.
  return h('p', [h('img', { src, alt, title: caption })]);
}

/** `<Video src="./videos/x.mp4" captions="./videos/x.vtt" poster="./videos/x.jpg" title="…" />`: a self-hosted video. */
export function video(call: ComponentCall): Element {
  const src = required(call, 'Video', 'src', './videos/name.mp4', 'the video file, relative to the article');
  const captions = required(
    call,
    'Video',
    'captions',
    './videos/name.vtt',
    'a WebVTT captions file, so readers who cannot hear the video can follow it',
  );
  const poster = text(call, 'Video', 'poster', './videos/name.jpg');
  const title = text(call, 'Video', 'title', 'What the video shows');
  const lang = text(call, 'Video', 'lang', 'en') ?? 'en';
  const words = call.words ?? COMPONENT_WORDS;
  return h('figure', { class: 'article-video' }, [
    h(
      'video',
      // Only the poster and size load with the page; the video itself when the reader plays it.
      { controls: true, preload: 'none', playsinline: true, poster, src, 'aria-label': title, width: 1280, height: 720 },
      [
        h('track', { kind: 'captions', src: captions, srclang: lang, label: words.videoCaptions, default: true }),
        h('a', { href: src }, words.videoDownload),
      ],
    ),
    title ? h('figcaption', title) : undefined,
  ]);
}

/** A video host the site can embed, with the origin its player frames come from. */
interface VideoHost {
  name: 'YouTube' | 'Vimeo';
  /** Origin of the player: the only one the page's `frame-src` opens. */
  frameOrigin: string;
  id: RegExp;
  idExample: string;
  player: (id: string) => string;
  page: (id: string) => string;
}

/** The hosts of `<YouTube>` and `<Vimeo>`; YouTube's no-cookie player sets no cookie until the video plays. */
export const VIDEO_HOSTS: Readonly<Record<'YouTube' | 'Vimeo', VideoHost>> = {
  YouTube: {
    name: 'YouTube',
    frameOrigin: 'https://www.youtube-nocookie.com',
    id: /^[A-Za-z0-9_-]{11}$/,
    idExample: 'dQw4w9WgXcQ',
    player: (id) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`,
    page: (id) => `https://www.youtube.com/watch?v=${id}`,
  },
  Vimeo: {
    name: 'Vimeo',
    frameOrigin: 'https://player.vimeo.com',
    id: /^\d{6,12}$/,
    idExample: '76979871',
    player: (id) => `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`,
    page: (id) => `https://vimeo.com/${id}`,
  },
};

function embed(host: VideoHost, call: ComponentCall): Element {
  const id = required(call, host.name, 'id', host.idExample, `the video's id from its ${host.name} address`);
  if (!host.id.test(id)) {
    throw new ComponentError(
      call.location,
      host.name,
      `has id="${id}", which is not a ${host.name} video id (like "${host.idExample}"): copy the id from the video's address, not the whole address`,
    );
  }
  const title = required(
    call,
    host.name,
    'title',
    'What the video shows',
    'it names the video for screen readers and before it loads',
  );
  return h(
    'figure',
    {
      class: 'video-embed not-prose',
      'data-video-embed': host.player(id),
      'data-frame-src': host.frameOrigin,
      'data-video-title': title,
    },
    [
      // Without JavaScript (or before the click) this is a plain link: no request goes to the host.
      h('a', { class: 'video-embed-start', href: host.page(id), rel: 'noopener noreferrer' }, [
        h('span', { class: 'video-embed-play', 'aria-hidden': 'true' }, '▶'),
        h('span', { class: 'video-embed-title' }, title),
        h('span', { class: 'video-embed-note' }, (call.words ?? COMPONENT_WORDS).videoPlaysFrom.replaceAll('{host}', host.name)),
      ]),
    ],
  );
}

/** `<YouTube id="dQw4w9WgXcQ" title="…" />`: a click-to-load YouTube video. */
export const youTube = (call: ComponentCall) => embed(VIDEO_HOSTS.YouTube, call);

/** `<Vimeo id="76979871" title="…" />`: a click-to-load Vimeo video. */
export const vimeo = (call: ComponentCall) => embed(VIDEO_HOSTS.Vimeo, call);
