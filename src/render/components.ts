/**
 * The components authors use in articles: for each, the attributes it takes,
 * the checks of their values (run by the content check, `lint/components.ts`)
 * and its HTML form (hast), side by side. The article renderer calls `render`
 * at build time on checked props only, so an article page carries plain HTML
 * and the result is cached with the article.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { assignAnchors } from './anchors';
import { closest } from '../shared/closest';
import { calloutType, calloutTypeIssues, taskRowIssues, taskRows, type ComponentIssue } from './component-props';
import { slugify } from '../content/slug';
import { MEDIA_COMPONENTS } from './media-components';
import {
  COMPONENT_WORDS,
  type ComponentCall,
  type ComponentSpec,
  type ComponentUse,
  type ComponentWords,
  type MarkdownCall,
} from './component-spec';

export { COMPONENT_WORDS, type ComponentCall, type ComponentSpec, type ComponentUse, type ComponentWords, type MarkdownCall };

/** A table cell or a line of text in Markdown: whitespace collapsed, `|` escaped. */
const cell = (text: unknown) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
/** A body written over several lines, as one line. */
const inline = (markdown: string) => markdown.replace(/\s*\n\s*/g, ' ').trim();

const textProp = (call: ComponentCall, name: string): string | undefined => call.props[name] as string | undefined;

const CALLOUT_STYLES = {
  note: 'border-[var(--color-accent)] bg-[var(--color-accent-soft)]',
  tip: 'border-[var(--color-tip-line)] bg-[var(--color-tip)]',
  warning: 'border-[var(--color-warn-line)] bg-[var(--color-warn)]',
};

/** `<Callout type="tip" title="Save time">Turn on auto-pay.</Callout>`: a highlighted aside. */
function callout(call: ComponentCall): Element {
  const type = calloutType(call.props.type);
  const title = textProp(call, 'title') ?? (call.words ?? COMPONENT_WORDS)[type];
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
  return quickAnswerBox({ text: textProp(call, 'text'), children: call.children, label: textProp(call, 'label') });
}

const NOTE_MARKS = ['*', '†', '‡', '§'];
const isUrl = (text: string) => /^https?:\/\/\S+$/.test(text);

/** The progress line and reset button of a task table used as a checklist; shown only where scripts run (`data-js-only`). */
function checklistBar(total: number, words: ComponentWords): Element {
  return h(
    'div',
    {
      class: 'checklist-bar no-print mb-2 flex flex-wrap items-center gap-3 text-sm',
      'data-checklist-bar': '',
      'data-pagefind-ignore': '',
      'data-progress-words': words.progress,
      'data-js-only': '',
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
  const rows = taskRows(call.props.tasks);
  const caption = textProp(call, 'caption');
  const checklist = call.props.checklist;
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
  const title = (call.props.problem as string).trim();
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
        {
          type: 'button',
          class: 'copy-button no-print mt-3',
          'data-copy-fix': '',
          'data-pagefind-ignore': '',
          'data-js-only': '',
        },
        words.copyFix,
      ),
    ],
  );
}

/** A callout as a block quote led by its title: `> **Tip:** Turn on auto-pay.` */
function calloutMarkdown({ props, body, words = COMPONENT_WORDS }: MarkdownCall): string {
  const title = typeof props.title === 'string' ? props.title : words[calloutType(props.type)];
  return `> **${title}:** ${inline(body)}`;
}

/** A quick answer as a block quote: `> **⚡ Quick answer:** Yes.` */
function quickAnswerMarkdown({ props, body }: MarkdownCall): string {
  const label = typeof props.label === 'string' ? props.label : 'Quick answer';
  return `> **⚡ ${label}:** ${inline(typeof props.text === 'string' ? props.text : body)}`;
}

/** A task table as a Markdown table, its caption in bold above and its notes below, marked as on the page. */
function taskTableMarkdown({ props, words = COMPONENT_WORDS }: MarkdownCall): string {
  const rows = taskRows(props.tasks);
  let noteCount = 0;
  const notes: string[] = [];
  const lines = [`| ${words.task} | ${words.where} | ${words.success} |`, '| --- | --- | --- |'];
  for (const row of rows) {
    // Marks are escaped: a bare `*` would start a list item or emphasis.
    const mark = row.note ? `\\${NOTE_MARKS[noteCount++] ?? String(noteCount)}` : '';
    if (row.note) notes.push(`${mark} ${cell(row.note)}`);
    lines.push(`| ${cell(row.task)}${mark} | ${cell(row.where)} | ${cell(row.success)} |`);
  }
  const caption = typeof props.caption === 'string' ? `**${props.caption}**\n\n` : '';
  return `${caption}${lines.join('\n')}${notes.length ? `\n\n${notes.join('  \n')}` : ''}`;
}

/** A troubleshooting entry as two lines: `**Problem:** …` and `**Action:** …`. */
function troubleshootMarkdown({ props, body, words = COMPONENT_WORDS }: MarkdownCall): string {
  return `**${words.problem}** ${cell(props.problem)}  \n**${words.action}** ${inline(body)}`;
}

/** Every component an article can use, by the name it is written with. */
export const ARTICLE_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Callout: {
    props: ['type', 'title'],
    textProps: ['title'],
    check: ({ props, hasContent }) => [
      ...calloutTypeIssues(props.type),
      ...(hasContent ? [] : [{ message: '<Callout> is empty', fix: 'write its text between <Callout> and </Callout>' }]),
    ],
    render: callout,
    markdown: calloutMarkdown,
  },
  QuickAnswer: {
    props: ['text', 'label'],
    textProps: ['text', 'label'],
    check: ({ props, hasContent }) =>
      (typeof props.text === 'string' ? props.text.trim() !== '' : props.text === undefined && hasContent)
        ? []
        : [{ message: '<QuickAnswer> is empty', fix: 'give text="…" or write the answer between the tags' }],
    render: quickAnswer,
    markdown: quickAnswerMarkdown,
  },
  TaskTable: {
    props: ['tasks', 'caption', 'checklist'],
    textProps: ['caption'],
    added: ['anchors'],
    check: ({ props }) => [
      ...taskRowIssues(props.tasks),
      ...(props.checklist === undefined || typeof props.checklist === 'boolean'
        ? []
        : [
            {
              message: '<TaskTable> has checklist={…} that is not true or false',
              fix: 'write checklist alone to turn it on',
              prop: 'checklist',
            },
          ]),
    ],
    render: taskTable,
    markdown: taskTableMarkdown,
  },
  // Its problem and action are checked by the troubleshoot-action rule, which places each at its line.
  Troubleshoot: { props: ['problem'], added: ['anchor'], render: troubleshoot, markdown: troubleshootMarkdown },
  ...MEDIA_COMPONENTS,
};

/**
 * What is wrong with a use of the component `name`: an unknown component or
 * attribute (with the closest known name), a non-text value where text is
 * needed, and the component's own checks. Empty when it can be rendered.
 */
export function componentIssues(name: string, use: ComponentUse): ComponentIssue[] {
  const spec = ARTICLE_COMPONENTS[name];
  if (!spec) {
    const known = Object.keys(ARTICLE_COMPONENTS);
    return [
      {
        message: `<${name}> is not a component articles can use — did you mean <${closest(name, known)!}>?`,
        fix: `use one of ${known.map((k) => `<${k}>`).join(', ')}`,
      },
    ];
  }
  const issues: ComponentIssue[] = [];
  for (const prop of Object.keys(use.props)) {
    if (spec.props.includes(prop) || spec.added?.includes(prop)) continue;
    issues.push({
      message: `<${name}> has no attribute "${prop}"${spec.props.length > 0 ? ` — did you mean "${closest(prop, spec.props)!}"?` : ''}`,
      fix: spec.props.length > 0 ? `use ${spec.props.join(', ')}` : 'remove it',
      prop,
    });
  }
  for (const prop of spec.textProps ?? []) {
    if (use.props[prop] !== undefined && typeof use.props[prop] !== 'string') {
      issues.push({ message: `<${name}> has ${prop}={…} that is not text`, fix: `write ${prop}="…"`, prop });
    }
  }
  if (issues.length > 0) return issues;
  return spec.check?.(use) ?? [];
}

/** The HTML of the component `name`, for a use `componentIssues` passed. */
export function renderComponent(name: string, call: ComponentCall): Element {
  const spec = ARTICLE_COMPONENTS[name];
  // The content check runs before any article renders; reaching this is a bug, not an author's mistake.
  if (!spec) throw new Error(`<${name}> reached the renderer unchecked`);
  return spec.render(call);
}
