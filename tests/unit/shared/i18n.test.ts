import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.json';
import hi from '../../../src/i18n/hi.json';
import { checkStrings, createTranslator, formatDateIn, formatNumber, langOfPath, pathInLang } from '../../../src/shared/i18n';

const languages = [
  { code: 'en', label: 'English' },
  { code: 'hi', label: 'हिन्दी' },
];

describe('checkStrings', () => {
  it('accepts the shipped English and Hindi strings', () => {
    expect(
      checkStrings([
        { lang: 'en', file: 'src/i18n/en.json', strings: en },
        { lang: 'hi', file: 'src/i18n/hi.json', strings: hi },
      ]),
    ).toEqual([]);
  });

  it('names the key and the file of a missing, empty or unknown string and a lost placeholder', () => {
    const problems = checkStrings([
      { lang: 'en', file: 'src/i18n/en.json', strings: { 'nav.tags': 'Tags', 'tag.title': 'Tag: {label}', skip: 'Skip' } },
      { lang: 'hi', file: 'src/i18n/hi.json', strings: { 'nav.tags': ' ', 'tag.title': 'टैग', extra: 'x' } },
    ]);
    expect(problems).toMatchInlineSnapshot(`
      [
        "src/i18n/hi.json: the string "nav.tags" is missing; add it (in src/i18n/en.json: "Tags")",
        "src/i18n/hi.json: the string "tag.title" lacks the placeholder {label}; keep it in the translation",
        "src/i18n/hi.json: the string "skip" is missing; add it (in src/i18n/en.json: "Skip")",
        "src/i18n/hi.json: the string "extra" is not in src/i18n/en.json; remove it or add it there first",
      ]
    `);
  });

  it('says how to add the strings file of a declared language that has none', () => {
    expect(
      checkStrings([
        { lang: 'en', file: 'src/i18n/en.json', strings: { skip: 'Skip' } },
        { lang: 'ta', file: 'src/i18n/ta.json', strings: undefined },
      ]),
    ).toEqual([
      'src/i18n/ta.json: missing; copy src/i18n/en.json to it and translate every value, or remove "ta" from content/site.json languages',
    ]);
  });
});

describe('createTranslator', () => {
  const { t, plural } = createTranslator<'tag.title' | 'tags.count'>({
    en: { 'tag.title': 'Tag: {label}', 'tags.count': '{count} tags', 'n.one': '{count} article', 'n.other': '{count} articles' },
    hi: { 'tag.title': 'टैग: {label}', 'tags.count': '{count} टैग', 'n.other': '{count} लेख' },
  });

  it('fills placeholders and writes numbers the Indian way', () => {
    expect(t('hi', 'tag.title', { label: 'IVR' })).toBe('टैग: IVR');
    expect(t('en', 'tags.count', { count: 100000 })).toBe('1,00,000 tags');
  });

  it('picks the plural form by the language’s rules', () => {
    expect(plural('en', 'n', 1)).toBe('1 article');
    expect(plural('en', 'n', 2)).toBe('2 articles');
    expect(plural('hi', 'n', 1)).toBe('1 लेख');
  });

  it('fails naming the language file for an unknown language', () => {
    expect(() => t('ta', 'tag.title')).toThrow('add src/i18n/ta.json');
  });
});

describe('dates and numbers', () => {
  it('writes a date in the page’s language', () => {
    const day = new Date('2026-11-25T00:00:00Z');
    expect(formatDateIn('en', day)).toBe('25 November 2026');
    expect(formatDateIn('hi', day)).toBe('25 नवंबर 2026');
    expect(formatNumber('hi', 1234567)).toBe('12,34,567');
  });
});

describe('language paths', () => {
  it('finds the language of a path from its first segment', () => {
    expect(langOfPath('hi/articles/x/', languages)).toBe('hi');
    expect(langOfPath('articles/hi/', languages)).toBe('en');
    expect(langOfPath('', languages)).toBe('en');
    expect(langOfPath('/hi/', languages)).toBe('hi');
  });

  it('moves a path between languages and back', () => {
    expect(pathInLang('articles/x/', 'hi', languages)).toBe('hi/articles/x/');
    expect(pathInLang('hi/articles/x/', 'en', languages)).toBe('articles/x/');
    expect(pathInLang('', 'hi', languages)).toBe('hi/');
    expect(pathInLang('hi/', 'en', languages)).toBe('');
    expect(pathInLang('hi/tags/', 'hi', languages)).toBe('hi/tags/');
  });
});
