import { readFileSync } from 'node:fs';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { STRINGIFY } from '../../../src/render/article';
import {
  ARTICLE_COMPONENTS,
  COMPONENT_WORDS,
  componentIssues,
  quickAnswerBox,
  renderComponent,
} from '../../../src/render/components';

const html = (name: string, props: Record<string, never> | Record<string, unknown>) =>
  toHtml(renderComponent(name, { props: props as never, children: [] }), STRINGIFY);
const problem = (name: string, props: Record<string, unknown>) =>
  componentIssues(name, { props: props as never, hasContent: false })
    .map((issue) => `${issue.message} (${issue.fix})`)
    .join('\n');

describe('article components', () => {
  it('numbers task rows, marks notes and links URL cells', () => {
    const out = html('TaskTable', {
      tasks: [
        { task: 'Log in', where: 'https://app.myoperator.com', success: 'Dashboard loads' },
        { task: 'Verify documents', where: 'Settings → Compliance', success: 'Approved', note: 'Only when porting.' },
      ],
    });
    expect(out).toContain('<span class="task-number text-[var(--color-muted)]">1.</span>');
    expect(out).toContain('<a class="text-[var(--color-accent)] underline" href="https://app.myoperator.com" rel="noopener">');
    expect(out).toContain('<span aria-hidden="true">*</span>');
    expect(out).toContain('Note on “Verify documents”: </span>Only when porting.</li>');
    expect(out).not.toContain('data-checklist');
  });

  it('pins the messages authors get for a wrong component', () => {
    expect(problem('TaskTable', { tasks: [], caption: 'x' })).toBe(
      '<TaskTable> has tasks={[]} with no rows (write tasks={[{ task: "…", where: "…", success: "…" }, …]} with at least one row)',
    );
    expect(problem('TaskTable', { tasks: [{ task: 'a', where: 'b', success: 'c' }], checklist: 'yes' })).toBe(
      '<TaskTable> has checklist={…} that is not true or false (write checklist alone to turn it on)',
    );
    expect(problem('Callout', { title: 3 })).toBe('<Callout> has title={…} that is not text (write title="…")');
    expect(problem('Callout', {})).toBe('<Callout> is empty (write its text between <Callout> and </Callout>)');
    expect(problem('QuickAnswer', {})).toBe('<QuickAnswer> is empty (give text="…" or write the answer between the tags)');
    expect(problem('TaskTabel', {})).toBe(
      '<TaskTabel> is not a component articles can use — did you mean <TaskTable>? (use one of <Callout>, <QuickAnswer>, <TaskTable>, <Troubleshoot>, <Figure>, <Video>, <YouTube>, <Vimeo>)',
    );
  });

  it('draws the quick answer box from text', () => {
    expect(toHtml(quickAnswerBox({ text: 'Pay & go' }), STRINGIFY)).toContain(
      '<p class="mt-1 text-[1.05rem] leading-relaxed" data-quick-answer>Pay &amp; go</p>',
    );
  });
});

describe('components in the article language', () => {
  const hindi = JSON.parse(readFileSync('src/i18n/hi.json', 'utf8')) as Record<string, string>;
  const words = {
    ...COMPONENT_WORDS,
    task: hindi['component.task']!,
    problem: hindi['copy.problem']!,
    action: hindi['copy.action']!,
    videoCaptions: hindi['component.videoCaptions']!,
    videoDownload: hindi['component.videoDownload']!,
    videoPlaysFrom: hindi['component.videoPlaysFrom']!,
  };
  const inHindi = (name: string, props: Record<string, unknown>) =>
    toHtml(renderComponent(name, { props: props as never, children: [], words }), STRINGIFY);

  it('writes the YouTube and Vimeo placeholders and the video track and link in the words given', () => {
    expect(inHindi('YouTube', { id: 'dQw4w9WgXcQ', title: 'वीडियो' })).toContain(
      'YouTube से चलता है; आपके क्लिक करने तक YouTube से कुछ भी लोड नहीं होता।',
    );
    expect(inHindi('Vimeo', { id: '76979871', title: 'वीडियो' })).toContain('Vimeo से चलता है');
    const video = inHindi('Video', { src: './v.mp4', captions: './v.vtt' });
    expect(video).toContain('label="कैप्शन"');
    expect(video).toContain('>वीडियो डाउनलोड करें</a>');
  });

  it('gives the Markdown form the same words as the HTML', () => {
    const md = ARTICLE_COMPONENTS.Troubleshoot!.markdown({ props: { problem: 'लॉग इन नहीं' }, body: 'पासवर्ड बदलें', words });
    expect(md).toBe('**समस्या:** लॉग इन नहीं  \n**समाधान:** पासवर्ड बदलें');
    expect(
      ARTICLE_COMPONENTS.TaskTable!.markdown({ props: { tasks: [{ task: 'a', where: 'b', success: 'c' }] }, body: '', words }),
    ).toContain(`| ${hindi['component.task']} |`);
  });

  it('stays English without words', () => {
    expect(html('YouTube', { id: 'dQw4w9WgXcQ', title: 'Video' })).toContain(
      'Plays from YouTube; nothing loads from YouTube until you click.',
    );
  });
});
