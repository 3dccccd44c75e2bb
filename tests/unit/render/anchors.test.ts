import { describe, expect, it } from 'vitest';
import { assignAnchors, type AnchorItem } from '../../../src/render/anchors';

const h = (text: string): AnchorItem => ({ kind: 'heading', text });
const task = (text: string): AnchorItem => ({ kind: 'task', text });
const problem = (text: string): AnchorItem => ({ kind: 'problem', text });

describe('assignAnchors', () => {
  it('derives each anchor from the item’s own text and kind', () => {
    expect(
      assignAnchors([h('1. Activation checklist'), task('Add team members'), problem('Can’t log in / forgot password')]),
    ).toEqual(['1-activation-checklist', 'task-add-team-members', 'problem-can-t-log-in-forgot-password']);
  });

  it('numbers only items with the same text, from -2 in document order', () => {
    expect(assignAnchors([h('FAQ'), h('Setup'), h('FAQ'), task('Log in'), h('FAQ'), task('Log in')])).toEqual([
      'faq',
      'setup',
      'faq-2',
      'task-log-in',
      'faq-3',
      'task-log-in-2',
    ]);
  });

  it('keeps an anchor when other sections are added, removed or renamed', () => {
    const before = assignAnchors([h('Intro'), h('Billing'), problem('No receipt'), h('Escalation')]);
    const after = assignAnchors([
      h('Welcome'),
      h('New section'),
      h('Billing'),
      h('Escalation'),
      problem('Login fails'),
      problem('No receipt'),
    ]);
    expect(after[2]).toBe(before[1]);
    expect(after[3]).toBe(before[3]);
    expect(after[5]).toBe(before[2]);
  });

  it('keeps every anchor unique, even when a number would clash with another item’s slug', () => {
    const anchors = assignAnchors([h('Step'), h('Step 2'), h('Step'), h('Main')]);
    expect(anchors).toEqual(['step', 'step-2', 'step-3', 'main-2']);
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('keeps non-Latin letters readable and gives text without letters a fallback', () => {
    expect(assignAnchors([h('कॉल फ़्लो सेट करें'), h('通话流程'), h('→ …'), task('!!')])).toEqual([
      'कॉल-फ़्लो-सेट-करें'.normalize('NFKD'),
      '通话流程',
      'section',
      'task-item',
    ]);
  });
});
