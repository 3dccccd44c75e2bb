/**
 * What every article component is made of (see `ComponentSpec`) and the words components add in English.
 * Apart from `components.ts`, so that the components split across modules (`media-components.ts`)
 * import it rather than each other.
 */
import type { Element, ElementContent } from 'hast';
import type { ComponentIssue } from './component-props';
import type { StaticValue } from './static-value';

/** What a component gets: its attributes (literal values; `true` for a bare name) and its body. */
export interface ComponentCall {
  props: Record<string, StaticValue>;
  children: ElementContent[];
  /** The components' own words in the article's language; default English (`COMPONENT_WORDS`). */
  words?: ComponentWords | undefined;
}

/** The words components add around an author's text, in one language (from `src/i18n/<lang>.json` `component.*`). */
export interface ComponentWords {
  note: string;
  tip: string;
  warning: string;
  task: string;
  where: string;
  success: string;
  seeNote: string;
  /** With `{done}` and `{total}`. */
  progress: string;
  resetChecklist: string;
  problem: string;
  action: string;
  copyFix: string;
  /** What a video is called in a Markdown export: `[Video: title](…)`. */
  video: string;
  /** The label of a `<Video>`'s captions track. */
  videoCaptions: string;
  /** The link a browser without video shows. */
  videoDownload: string;
  /** Under a `<YouTube>`/`<Vimeo>` placeholder, with `{host}`. */
  videoPlaysFrom: string;
}

/** The components' words in English. */
export const COMPONENT_WORDS: ComponentWords = {
  note: 'Note',
  tip: 'Tip',
  warning: 'Warning',
  task: 'Task',
  where: 'Where to click',
  success: 'Success indicator',
  seeNote: '(see note)',
  progress: '{done} of {total} done',
  resetChecklist: 'Reset checklist',
  problem: 'Problem:',
  action: 'Action:',
  copyFix: 'Copy fix',
  video: 'Video',
  videoCaptions: 'Captions',
  videoDownload: 'Download the video',
  videoPlaysFrom: 'Plays from {host}; nothing loads from {host} until you click.',
};

/** What the check of a component sees: its attributes and whether it has a body with content. */
export interface ComponentUse {
  props: Record<string, StaticValue>;
  hasContent: boolean;
}

/** What a component's Markdown form gets: its checked attributes and the Markdown source of its body. */
export interface MarkdownCall {
  props: Record<string, StaticValue>;
  /** The body as the author wrote it (Markdown), `''` when there is none. */
  body: string;
  /** The components' own words in the article's language; default English (`COMPONENT_WORDS`). */
  words?: ComponentWords | undefined;
}

/** One component: what an author may write, what is wrong with a use of it, its HTML and its Markdown. */
export interface ComponentSpec {
  /** Attributes an author may write. */
  props: readonly string[];
  /** Attributes whose value must be text. */
  textProps?: readonly string[];
  /** Attributes the build adds (anchors); accepted, never suggested. */
  added?: readonly string[];
  /** Problems with a use beyond unknown and non-text attributes; none when it is fine. */
  check?: (use: ComponentUse) => ComponentIssue[];
  /** Its HTML, for a use that passed `check`. */
  render: (call: ComponentCall) => Element;
  /** Its plain Markdown, for the `/articles/<slug>.md` export of a use that passed `check`. */
  markdown: (call: MarkdownCall) => string;
}
