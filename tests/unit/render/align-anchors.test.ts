import { describe, expect, it } from 'vitest';
import { alignAnchors, anchorIds } from '../../../src/render/align-anchors';

const hindi =
  '<h2 id="शुरुआत" data-anchor>शुरुआत</h2><tr id="task-लॉगिन" data-anchor><td id="task-लॉगिन-text">लॉगिन</td><a href="#task-लॉगिन-note">*</a></tr><p id="task-लॉगिन-note">नोट</p><section aria-labelledby="problem-एरर"><h3 id="problem-एरर" data-anchor>एरर</h3></section><a href="#शुरुआत">ऊपर</a>';

describe('alignAnchors', () => {
  it('gives a translation the English anchors by position, with derived ids and links', () => {
    const aligned = alignAnchors(hindi, ['start', 'task-log-in', 'problem-error']);
    expect(anchorIds(aligned)).toEqual(['start', 'task-log-in', 'problem-error']);
    expect(aligned).toContain('id="task-log-in-text"');
    expect(aligned).toContain('href="#task-log-in-note"');
    expect(aligned).toContain('id="task-log-in-note"');
    expect(aligned).toContain('aria-labelledby="problem-error"');
    expect(aligned).toContain('href="#start"');
  });

  it('leaves the anchors alone when the structures differ', () => {
    expect(alignAnchors(hindi, ['start', 'problem-error', 'task-log-in'])).toBe(hindi);
    expect(alignAnchors(hindi, ['start', 'task-log-in'])).toBe(hindi);
  });
});
