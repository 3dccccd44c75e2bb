import { describe, expect, it } from 'vitest';
import { excerpt, formatDate, isoDate } from '../../../src/shared/text';

describe('excerpt', () => {
  it('returns short text unchanged, whitespace collapsed', () => {
    expect(excerpt('  Short   answer. ')).toBe('Short answer.');
  });

  it('cuts long text at a word boundary and marks the cut', () => {
    const text = 'Within 15 minutes of payment, confirm your receipt email, log in to the dashboard and finish the checklist.';
    const result = excerpt(text, 50);
    expect(result.length).toBeLessThanOrEqual(50);
    expect(result).toBe('Within 15 minutes of payment, confirm your…');
  });
});

describe('dates', () => {
  it('formats dates for Indian readers and for datetime attributes, in UTC', () => {
    const date = new Date('2026-11-25T00:00:00Z');
    expect(formatDate(date)).toBe('25 November 2026');
    expect(isoDate(date)).toBe('2026-11-25');
  });
});
