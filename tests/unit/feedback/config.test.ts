import { describe, expect, it } from 'vitest';
import { feedbackEndpoint, feedbackOrigins, supportMailto } from '../../../src/feedback/config';

describe('feedbackEndpoint', () => {
  it('is absent without FEEDBACK_URL, so pages send nothing', () => {
    expect(feedbackEndpoint(undefined)).toBeUndefined();
    expect(feedbackEndpoint(' ')).toBeUndefined();
    expect(feedbackOrigins(undefined)).toEqual([]);
  });
  it('appends /events to the collector address, behind a path too', () => {
    expect(feedbackEndpoint('https://feedback.example.com')).toBe('https://feedback.example.com/events');
    expect(feedbackEndpoint('https://example.com/feedback/')).toBe('https://example.com/feedback/events');
    expect(feedbackOrigins('https://example.com/feedback')).toEqual(['https://example.com']);
  });
  it('stops the build with the fix when the address is not http(s)', () => {
    expect(() => feedbackEndpoint('feedback.example.com')).toThrowErrorMatchingInlineSnapshot(
      `[Error: FEEDBACK_URL=feedback.example.com is not the collector's address: use an http(s) address without query, fragment or password, e.g. FEEDBACK_URL=https://feedback.example.com (see docs/feedback.md).]`,
    );
    expect(() => feedbackEndpoint('javascript:alert(1)')).toThrow(/FEEDBACK_URL/);
  });
});

describe('supportMailto', () => {
  it('encodes subject and body so no text can add headers or recipients', () => {
    expect(supportMailto('help@example.com', 'Search: a&cc=x@evil', 'line\nnext')).toBe(
      'mailto:help@example.com?subject=Search%3A%20a%26cc%3Dx%40evil&body=line%0Anext',
    );
  });
});
