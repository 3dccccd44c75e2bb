import { describe, expect, it } from 'vitest';
import { breadcrumbList, faqPage, serializeJsonLd, webPage } from '../../../src/render/json-ld';

describe('JSON-LD builders', () => {
  it('describes an article as an FAQPage answered by its quick answer', () => {
    expect(
      faqPage({ title: 'How?', quickAnswer: 'Like this.', url: 'https://h.test/articles/how/', updated: new Date('2026-11-25') }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      name: 'How?',
      url: 'https://h.test/articles/how/',
      dateModified: '2026-11-25',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'How?',
          acceptedAnswer: { '@type': 'Answer', text: 'Like this.', url: 'https://h.test/articles/how/' },
        },
      ],
    });
  });

  it('numbers breadcrumb items from 1', () => {
    expect(
      breadcrumbList([
        { name: 'Home', url: 'https://h.test/' },
        { name: 'Tags', url: 'https://h.test/tags/' },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://h.test/' },
      { '@type': 'ListItem', position: 2, name: 'Tags', item: 'https://h.test/tags/' },
    ]);
  });

  it('escapes < > & so the data can never close its script element, and still parses back', () => {
    const data = webPage({ name: '</script><script>alert(1)</script> & more', description: 'd', url: 'https://h.test/' });
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});
