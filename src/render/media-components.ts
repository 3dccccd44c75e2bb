/**
 * The media components of articles: `<Figure>` (a screenshot with a caption),
 * `<Video>` (a self-hosted video with captions) and `<YouTube>` / `<Vimeo>`
 * (a click-to-load placeholder: the page makes no request to the video host
 * until the reader asks for the video). Each is an entry of `ARTICLE_COMPONENTS`
 * (see `./components.ts`): its check, its HTML and its Markdown side by side.
 * Paths stay relative here; the media step (`src/build/media.ts`)
 * publishes the files, and the media-files rule checks that they exist.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { ComponentIssue } from './component-props';
import { COMPONENT_WORDS, type ComponentCall, type ComponentSpec, type ComponentUse, type MarkdownCall } from './component-spec';

/** A text attribute as written (trimmed); the components rule has checked that it is text. */
const text = (props: ComponentUse['props'], name: string): string | undefined => {
  const value = props[name];
  return typeof value === 'string' ? value.trim() : undefined;
};

/** The issue of a text attribute that is missing (`why` says what it is for) or empty. */
function requiredIssue(component: string, use: ComponentUse, name: string, example: string, why: string): ComponentIssue[] {
  const value = use.props[name];
  if (value === undefined) return [{ message: `<${component}> needs ${name}="${example}"`, fix: why }];
  if (typeof value === 'string' && value.trim() === '') {
    return [{ message: `<${component}> has an empty ${name}`, fix: `write ${name}="${example}"`, prop: name }];
  }
  return [];
}

/** The issue of an optional text attribute written empty. */
function optionalIssue(component: string, use: ComponentUse, name: string, example: string): ComponentIssue[] {
  const value = use.props[name];
  return typeof value === 'string' && value.trim() === ''
    ? [{ message: `<${component}> has an empty ${name}`, fix: `write ${name}="${example}" or leave it out`, prop: name }]
    : [];
}

/** A cell of Markdown text: whitespace collapsed, brackets escaped so it cannot end a link. */
const mdText = (value: unknown) =>
  String(value ?? '')
    .replace(/\s+/g, ' ')
    .replace(/[[\]]/g, '\\$&')
    .trim();

const FIGURE_CHECKS: [string, string, string][] = [
  ['src', './images/name.png', 'the image file, relative to the article'],
  ['alt', 'What the screenshot shows', 'readers who cannot see the image get this text'],
  ['caption', 'The caption under the image', 'without one, write ![alt](src) instead'],
];

/** `<Figure src="./images/x.png" alt="…" caption="…" />`: a screenshot with a visible caption. */
function figure(call: ComponentCall): Element {
  // The media step turns it into a <picture>; `title` is the caption, as for a Markdown image with a title.
  return h('p', [h('img', { src: text(call.props, 'src'), alt: text(call.props, 'alt'), title: text(call.props, 'caption') })]);
}

/** A figure as a Markdown image and its caption in italics; the path is made absolute by the export. */
function figureMarkdown({ props }: MarkdownCall): string {
  return `![${mdText(props.alt)}](${text(props, 'src') ?? ''})\n\n*${mdText(props.caption)}*`;
}

const VIDEO_CHECKS: [string, string, string][] = [
  ['src', './videos/name.mp4', 'the video file, relative to the article'],
  ['captions', './videos/name.vtt', 'a WebVTT captions file, so readers who cannot hear the video can follow it'],
];

/** `<Video src="./videos/x.mp4" captions="./videos/x.vtt" poster="./videos/x.jpg" title="…" />`: a self-hosted video. */
function video(call: ComponentCall): Element {
  const src = text(call.props, 'src');
  const title = text(call.props, 'title');
  return h('figure', { class: 'article-video' }, [
    h(
      'video',
      // Only the poster and size load with the page; the video itself when the reader plays it.
      {
        controls: true,
        preload: 'none',
        playsinline: true,
        poster: text(call.props, 'poster'),
        src,
        'aria-label': title,
        width: 1280,
        height: 720,
      },
      [
        h('track', {
          kind: 'captions',
          src: text(call.props, 'captions'),
          srclang: text(call.props, 'lang') ?? 'en',
          label: (call.words ?? COMPONENT_WORDS).videoCaptions,
          default: true,
        }),
        h('a', { href: src }, (call.words ?? COMPONENT_WORDS).videoDownload),
      ],
    ),
    title ? h('figcaption', title) : undefined,
  ]);
}

/** A video as a link to its file, then its captions, in the article's words; the paths are made absolute by the export. */
function videoMarkdown({ props, words = COMPONENT_WORDS }: MarkdownCall): string {
  const title = text(props, 'title');
  return `[${words.video}${title ? `: ${mdText(title)}` : ''}](${text(props, 'src') ?? ''}) ([${words.videoCaptions}](${text(props, 'captions') ?? ''}))`;
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

/** The problems of a `<YouTube>` or `<Vimeo>` use: an id of the host's form and a title. */
function embedIssues(host: VideoHost, use: ComponentUse): ComponentIssue[] {
  const issues = requiredIssue(host.name, use, 'id', host.idExample, `the video's id from its ${host.name} address`);
  const id = text(use.props, 'id');
  if (issues.length === 0 && id !== undefined && !host.id.test(id)) {
    issues.push({
      message: `<${host.name}> has id="${id}", which is not a ${host.name} video id (like "${host.idExample}")`,
      fix: "copy the id from the video's address, not the whole address",
      prop: 'id',
    });
  }
  return [
    ...issues,
    ...requiredIssue(
      host.name,
      use,
      'title',
      'What the video shows',
      'it names the video for screen readers and before it loads',
    ),
  ];
}

function embed(host: VideoHost, call: ComponentCall): Element {
  const id = text(call.props, 'id') ?? '';
  const title = text(call.props, 'title') ?? '';
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

/** An embedded video as a link to its page on the host, in the article's words. */
const embedMarkdown =
  (host: VideoHost) =>
  ({ props, words = COMPONENT_WORDS }: MarkdownCall): string =>
    `[${words.video}: ${mdText(props.title)}](${host.page(text(props, 'id') ?? '')})`;

/** The media components, as entries of `ARTICLE_COMPONENTS`. */
export const MEDIA_COMPONENTS: Readonly<Record<'Figure' | 'Video' | 'YouTube' | 'Vimeo', ComponentSpec>> = {
  Figure: {
    props: ['src', 'alt', 'caption'],
    textProps: ['src', 'alt', 'caption'],
    check: (use) => FIGURE_CHECKS.flatMap(([name, example, why]) => requiredIssue('Figure', use, name, example, why)),
    render: figure,
    markdown: figureMarkdown,
  },
  Video: {
    props: ['src', 'captions', 'poster', 'title', 'lang'],
    textProps: ['src', 'captions', 'poster', 'title', 'lang'],
    check: (use) => [
      ...VIDEO_CHECKS.flatMap(([name, example, why]) => requiredIssue('Video', use, name, example, why)),
      ...optionalIssue('Video', use, 'poster', './videos/name.jpg'),
      ...optionalIssue('Video', use, 'title', 'What the video shows'),
      ...optionalIssue('Video', use, 'lang', 'en'),
    ],
    render: video,
    markdown: videoMarkdown,
  },
  YouTube: {
    props: ['id', 'title'],
    textProps: ['id', 'title'],
    check: (use) => embedIssues(VIDEO_HOSTS.YouTube, use),
    render: (call) => embed(VIDEO_HOSTS.YouTube, call),
    markdown: embedMarkdown(VIDEO_HOSTS.YouTube),
  },
  Vimeo: {
    props: ['id', 'title'],
    textProps: ['id', 'title'],
    check: (use) => embedIssues(VIDEO_HOSTS.Vimeo, use),
    render: (call) => embed(VIDEO_HOSTS.Vimeo, call),
    markdown: embedMarkdown(VIDEO_HOSTS.Vimeo),
  },
};
