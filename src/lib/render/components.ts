/**
 * The components authors use in articles, as functions from their props and
 * body to HTML (hast). The article renderer calls them at build time, so an
 * article page carries plain HTML and the result is cached with the article.
 * Their prop checks throw `ComponentError` messages that start with the
 * article's file:line.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { assignAnchors } from '../anchors';
import { closest } from '../closest';
import { checkCalloutType, checkTaskRows, checkTroubleshoot, ComponentError } from '../component-props';
import { slugify } from '../slug';
import { figure, video, vimeo, youTube } from './media-components';
import type { StaticValue } from './static-value';

/** What a component gets: its attributes (literal values; `true` for a bare name), its body and where it is used. */
export interface ComponentCall {
  props: Record<string, StaticValue>;
  children: ElementContent[];
  /** `content/articles/foo.mdx:42`. */
  location: string;
  /** The components' own words in the article's language; default English (`COMPONENT_WORDS`). */
  words?: ComponentWords;
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
  videoCaptions: 'Captions',
  videoDownload: 'Download the video',
  videoPlaysFrom: 'Plays from {host}; nothing loads from {host} until you click.',
};

interface ComponentSpec {
  /** Attributes an author may write. */
  props: readonly string[];
  /** Attributes the build adds (anchors); accepted, never suggested. */
  added?: readonly string[];
  render: (call: ComponentCall) => Element;
}

const textProp = (call: ComponentCall, component: string, name: string): string | undefined => {
  const value = call.props[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new ComponentError(call.location, component, `has ${name}={…} that is not text: write ${name}="…"`);
  }
  return value;
};

const isEmpty = (children: ElementContent[]) => toString(h('div', children)).trim() === '';

const CALLOUT_STYLES = {
  note: 'border-[var(--color-accent)] bg-[var(--color-accent-soft)]',
  tip: 'border-[var(--color-tip-line)] bg-[var(--color-tip)]',
  warning: 'border-[var(--color-warn-line)] bg-[var(--color-warn)]',
};

/** `<Callout type="tip" title="Save time">Turn on auto-pay.</Callout>`: a highlighted aside. */
function callout(call: ComponentCall): Element {
  const type = checkCalloutType(call.props.type, call.location);
  const title = textProp(call, 'Callout', 'title') ?? (call.words ?? COMPONENT_WORDS)[type];
  if (isEmpty(call.children)) {
    throw new ComponentError(call.location, 'Callout', 'is empty: write its text between <Callout> and </Callout>');
  }
  return h(
    'aside',
    {
      class: `callout callout-${type} not-prose my-5 rounded-lg border-l-4 px-4 py-3 ${CALLOUT_STYLES[type]}`,
      'aria-label': title,
    },
    [
      h('p', { class: 'font-semibold' }, title),
      h('div', { class: 'mt-1 leading-relaxed [&_a]:text-[var(--color-accent)] [&_a]:underline [&_p+p]:mt-2' }, call.children),
    ],
  );
}

/**
 * The ⚡ quick answer box, from `text` or from a body. The article layout shows
 * the frontmatter `quickAnswer` with it; authors may use it in the body for a sub-answer.
 */
export function quickAnswerBox(options: {
  text?: string | undefined;
  children?: ElementContent[];
  label?: string | undefined;
}): Element {
  const label = options.label ?? 'Quick answer';
  return h(
    'section',
    {
      'aria-label': label,
      class:
        'quick-answer my-6 rounded-lg border-l-4 border-[var(--color-answer-line)] bg-[var(--color-answer)] px-4 py-3 not-prose',
    },
    [
      // The label is chrome: search indexes the answer, not the word "Quick answer" on every page.
      h('p', { class: 'text-sm font-semibold tracking-wide text-[var(--color-ink)]', 'data-pagefind-ignore': '' }, [
        h('span', { 'aria-hidden': 'true' }, '⚡ '),
        label,
      ]),
      options.text !== undefined
        ? h('p', { class: 'mt-1 text-[1.05rem] leading-relaxed', 'data-quick-answer': '' }, options.text)
        : h('div', { class: 'mt-1 leading-relaxed' }, options.children ?? []),
    ],
  );
}

function quickAnswer(call: ComponentCall): Element {
  const text = textProp(call, 'QuickAnswer', 'text');
  const label = textProp(call, 'QuickAnswer', 'label');
  if (text === undefined ? isEmpty(call.children) : text.trim() === '') {
    throw new ComponentError(call.location, 'QuickAnswer', 'is empty: give text="…" or write the answer between the tags');
  }
  return quickAnswerBox({ text, children: call.children, label });
}

const NOTE_MARKS = ['*', '†', '‡', '§'];
const isUrl = (text: string) => /^https?:\/\/\S+$/.test(text);

/** The progress line and reset button of a task table used as a checklist; hidden until its script runs. */
function checklistBar(total: number, words: ComponentWords): Element {
  return h(
    'div',
    {
      class: 'checklist-bar no-print mb-2 flex flex-wrap items-center gap-3 text-sm',
      'data-checklist-bar': '',
      'data-pagefind-ignore': '',
      'data-progress-words': words.progress,
      hidden: true,
    },
    [
      h(
        'p',
        { role: 'status', class: 'font-semibold', 'data-checklist-progress': '' },
        words.progress.replace('{done}', '0').replace('{total}', String(total)),
      ),
      h('button', { type: 'button', class: 'copy-button', 'data-checklist-reset': '' }, words.resetChecklist),
    ],
  );
}

/**
 * `<TaskTable caption="…" checklist tasks={[{ task, where, success, note? }, …]} />`:
 * what to do, where to click and how to know it worked. Rows with a `note`
 * get a footnote mark and the note under the table.
 */
function taskTable(call: ComponentCall): Element {
  const words = call.words ?? COMPONENT_WORDS;
  const rows = checkTaskRows(call.props.tasks, call.location);
  const caption = textProp(call, 'TaskTable', 'caption');
  const checklist = call.props.checklist;
  if (checklist !== undefined && typeof checklist !== 'boolean') {
    throw new ComponentError(
      call.location,
      'TaskTable',
      'has checklist={…} that is not true or false: write checklist alone to turn it on',
    );
  }
  const given = typeof call.props.anchors === 'string' ? call.props.anchors.split(' ') : [];
  const ids = given.length === rows.length ? given : assignAnchors(rows.map((row) => ({ kind: 'task', text: row.task })));
  let noteCount = 0;
  const prepared = rows.map((row, index) => ({
    ...row,
    id: ids[index]!,
    mark: row.note ? (NOTE_MARKS[noteCount++] ?? `${noteCount}`) : undefined,
  }));
  const tableId = `tasks-${slugify(caption ?? prepared[0]!.task)}`;
  const notes = prepared.filter((row) => row.note);
  const th = (text: string) => h('th', { scope: 'col', class: 'px-3 py-2 font-semibold' }, text);
  return h('div', { class: 'task-table-wrap not-prose my-6', 'data-checklist': checklist ? tableId : undefined }, [
    checklist ? checklistBar(prepared.length, words) : undefined,
    h('table', { class: 'task-table w-full border-collapse text-left text-[0.95rem]', id: tableId }, [
      caption ? h('caption', { class: 'mb-2 text-left font-semibold' }, caption) : undefined,
      h('thead', { 'data-pagefind-ignore': '' }, [
        h('tr', { class: 'border-b-2 border-[var(--color-line)]' }, [th(words.task), th(words.where), th(words.success)]),
      ]),
      h(
        'tbody',
        prepared.map((row, i) =>
          h(
            'tr',
            { id: row.id, class: 'border-b border-[var(--color-line)] align-top', 'data-task-row': '', 'data-anchor': '' },
            [
              h('td', { class: 'px-3 py-2 font-medium' }, [
                h('span', { class: 'task-number text-[var(--color-muted)]' }, `${i + 1}.`),
                ' ',
                h('span', { 'data-task-text': '', id: `${row.id}-text` }, row.task),
                row.mark
                  ? h(
                      'a',
                      {
                        href: `#${row.id}-note`,
                        class: 'text-[var(--color-accent)] no-underline',
                        'aria-describedby': `${row.id}-note`,
                      },
                      [h('span', { 'aria-hidden': 'true' }, row.mark), h('span', { class: 'visually-hidden' }, words.seeNote)],
                    )
                  : undefined,
              ]),
              h(
                'td',
                { class: 'px-3 py-2', 'data-label': words.where },
                isUrl(row.where)
                  ? h('a', { class: 'text-[var(--color-accent)] underline', href: row.where, rel: 'noopener' }, row.where)
                  : row.where,
              ),
              h('td', { class: 'px-3 py-2', 'data-label': words.success }, row.success),
            ],
          ),
        ),
      ),
    ]),
    notes.length > 0
      ? h(
          'ul',
          { class: 'mt-2 grid gap-1 text-sm text-[var(--color-muted)]' },
          notes.map((row) =>
            h('li', { id: `${row.id}-note` }, [
              h('span', { 'aria-hidden': 'true' }, row.mark!),
              h('span', { class: 'visually-hidden' }, `Note on “${row.task}”: `),
              row.note!,
            ]),
          ),
        )
      : undefined,
  ]);
}

/** `<Troubleshoot problem="Can't log in">Click **Forgot password**.</Troubleshoot>`: a problem and the action that fixes it. */
function troubleshoot(call: ComponentCall): Element {
  const words = call.words ?? COMPONENT_WORDS;
  const title = checkTroubleshoot(call.props.problem, !isEmpty(call.children), call.location);
  const id = typeof call.props.anchor === 'string' ? call.props.anchor : `problem-${slugify(title)}`;
  return h(
    'section',
    {
      class: 'trouble not-prose my-4 rounded-lg border border-[var(--color-line)] p-4',
      'aria-labelledby': id,
      'data-trouble': '',
    },
    [
      h('h3', { id, class: 'scroll-mt-4 text-base font-semibold', 'data-anchor': '' }, [
        h('span', { class: 'text-[var(--color-muted)]' }, words.problem),
        ' ',
        h('span', { 'data-problem-text': '' }, title),
      ]),
      h(
        'div',
        {
          class: 'trouble-action mt-2 leading-relaxed [&_a]:text-[var(--color-accent)] [&_a]:underline [&_p]:inline',
          'data-action': '',
        },
        [h('strong', words.action), ' ', ...call.children],
      ),
      h(
        'button',
        { type: 'button', class: 'copy-button no-print mt-3', 'data-copy-fix': '', 'data-pagefind-ignore': '', hidden: true },
        words.copyFix,
      ),
    ],
  );
}

/** Every component an article can use, by the name it is written with. */
export const ARTICLE_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Callout: { props: ['type', 'title'], render: callout },
  QuickAnswer: { props: ['text', 'label'], render: quickAnswer },
  TaskTable: { props: ['tasks', 'caption', 'checklist'], added: ['anchors'], render: taskTable },
  Troubleshoot: { props: ['problem'], added: ['anchor'], render: troubleshoot },
  Figure: { props: ['src', 'alt', 'caption'], render: figure },
  Video: { props: ['src', 'captions', 'poster', 'title', 'lang'], render: video },
  YouTube: { props: ['id', 'title'], render: youTube },
  Vimeo: { props: ['id', 'title'], render: vimeo },
};

/**
 * Renders the component `name`. An unknown component or attribute is a
 * `ComponentError` that suggests the closest known name.
 */
export function renderComponent(name: string, call: ComponentCall): Element {
  const spec = ARTICLE_COMPONENTS[name];
  if (!spec) {
    const known = Object.keys(ARTICLE_COMPONENTS);
    throw new ComponentError(
      call.location,
      name,
      `is not a component articles can use — did you mean <${closest(name, known)}>? Use one of ${known.map((k) => `<${k}>`).join(', ')}`,
    );
  }
  for (const prop of Object.keys(call.props)) {
    if (spec.props.includes(prop) || spec.added?.includes(prop)) continue;
    const hint = spec.props.length > 0 ? ` — did you mean "${closest(prop, spec.props)}"? Allowed: ${spec.props.join(', ')}` : '';
    throw new ComponentError(call.location, name, `has no attribute "${prop}"${hint}`);
  }
  return spec.render(call);
}
