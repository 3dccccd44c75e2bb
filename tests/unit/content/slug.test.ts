import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../../src/content/slug';

describe('slugify', () => {
  it('folds case, spaces and punctuation so spellings of one phrase meet', () => {
    expect(slugify('Call flow')).toBe('call-flow');
    expect(slugify('call-flow')).toBe('call-flow');
    expect(slugify('  CALL   flow! ')).toBe('call-flow');
    expect(slugify('Allow-list IPs')).toBe('allow-list-ips');
  });

  it('removes accents and keeps non-Latin letters', () => {
    expect(slugify('Café Résumé')).toBe('cafe-resume');
    expect(slugify('कॉल फ़्लो')).toBe(slugify('कॉल  फ़्लो'));
    expect(slugify('कॉल फ़्लो')).not.toBe('');
  });

  it('turns typographic quotes and arrows into separators', () => {
    expect(slugify('Didn’t get the “confirmation” email')).toBe('didn-t-get-the-confirmation-email');
    expect(slugify('Manage → Design Callflow')).toBe('manage-design-callflow');
  });

  it('returns an empty string for text without letters or digits', () => {
    expect(slugify('→ … !')).toBe('');
  });
});

describe('isSlug', () => {
  it('accepts slugs and rejects everything else', () => {
    expect(isSlug('what-is-myoperator')).toBe(true);
    expect(isSlug('What-is')).toBe(false);
    expect(isSlug('a--b')).toBe(false);
    expect(isSlug('')).toBe(false);
  });
});
