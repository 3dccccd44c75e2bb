import { describe, expect, it } from 'vitest';
import { sourceAddress, sourceKey, sourceLabel, toSource } from '../../../src/content/sources';

describe('sourceAddress and toSource', () => {
  it('read a plain URL and a { url, title } entry alike', () => {
    expect(sourceAddress('https://a.test/x')).toBe('https://a.test/x');
    expect(sourceAddress({ url: 'https://a.test/y', title: 'Y' })).toBe('https://a.test/y');
    expect(sourceAddress(42)).toBeUndefined();
    expect(toSource({ url: 'https://a.test/y', title: ' Y ' })).toEqual({ url: 'https://a.test/y', title: 'Y' });
    expect(toSource({ url: 'https://a.test/y', title: '' })).toEqual({ url: 'https://a.test/y' });
    expect(toSource({ title: 'no url' })).toBeUndefined();
  });
});

describe('sourceKey', () => {
  it('treats host case, www., a trailing slash and a fragment as the same page', () => {
    const key = sourceKey('https://support.test/kb/page');
    expect(sourceKey('https://WWW.Support.test/kb/page/#steps')).toBe(key);
    expect(sourceKey('http://support.test/kb/page')).toBe(key);
    expect(sourceKey('https://support.test/kb/other')).not.toBe(key);
    expect(sourceKey('https://support.test/kb/page?lang=hi')).not.toBe(key);
  });
});

describe('sourceLabel', () => {
  it('shows the title when there is one', () => {
    expect(sourceLabel({ url: 'https://a.test/x', title: 'Terms of service' })).toBe('Terms of service');
  });

  it('spells out the page’s name and site, without Zoho’s date or Crisp’s id', () => {
    expect(sourceLabel({ url: 'https://support.myoperator.com/portal/en/kb/articles/how-do-i-add-users-22-8-2025' })).toBe(
      'How do i add users (support.myoperator.com)',
    );
    expect(
      sourceLabel({ url: 'https://myoperator.crisp.help/en/article/number-port-out-requests-terms-and-conditions-12o5duc' }),
    ).toBe('Number port out requests terms and conditions (myoperator.crisp.help)');
    expect(
      sourceLabel({
        url: 'https://support.myoperator.com/portal/en/kb/articles/what-is-myoperator%E2%80%99s-escalation-matrix-11-7-2017',
      }),
    ).toBe('What is myoperator’s escalation matrix (support.myoperator.com)');
    expect(sourceLabel({ url: 'https://www.example.test/' })).toBe('example.test');
  });
});
