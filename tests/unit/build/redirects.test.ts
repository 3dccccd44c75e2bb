import { describe, expect, it } from 'vitest';
import { redirectMap, redirectPage, redirectsFile } from '../../../src/build/redirects';

const articles = [
  { slug: 'what-is-myoperator', id: '103', redirectFrom: [] },
  { slug: 'how-to-add-users', id: '107', redirectFrom: ['add-users', 'invite-users'] },
];

describe('redirectMap', () => {
  it('sends each short link and old slug to its article, and retired articles to their replacement', () => {
    const retired = [
      { id: '90', slug: 'old-guide', oldSlugs: ['older-guide'], replacedBy: 'what-is-myoperator' },
      { id: '91', slug: 'gone', oldSlugs: [] },
    ];
    expect(redirectMap(articles, retired)).toEqual([
      { from: 'a/103', to: 'articles/what-is-myoperator', kind: 'short link' },
      { from: 'a/107', to: 'articles/how-to-add-users', kind: 'short link' },
      { from: 'a/90', to: 'articles/what-is-myoperator', kind: 'retired' },
      { from: 'articles/add-users', to: 'articles/how-to-add-users', kind: 'old slug' },
      { from: 'articles/invite-users', to: 'articles/how-to-add-users', kind: 'old slug' },
      { from: 'articles/old-guide', to: 'articles/what-is-myoperator', kind: 'retired' },
      { from: 'articles/older-guide', to: 'articles/what-is-myoperator', kind: 'retired' },
    ]);
  });
});

describe('redirectsFile', () => {
  it('writes Netlify / Cloudflare Pages lines with the base path, with and without the trailing slash', () => {
    expect(redirectsFile(redirectMap(articles.slice(1)), '/help/')).toMatchInlineSnapshot(`
      "# Short links, old slugs and retired articles. Generated at build time; edit the articles instead.
      /help/a/107 /help/articles/how-to-add-users/ 301
      /help/a/107/ /help/articles/how-to-add-users/ 301
      /help/articles/add-users /help/articles/how-to-add-users/ 301
      /help/articles/add-users/ /help/articles/how-to-add-users/ 301
      /help/articles/invite-users /help/articles/how-to-add-users/ 301
      /help/articles/invite-users/ /help/articles/how-to-add-users/ 301
      "
    `);
  });

  it('sends no short link straight to English when there are other languages: Netlify asks the reader’s language, /hi/a/ forces Hindi', () => {
    const retired = [{ id: '90', slug: 'old-guide', oldSlugs: [], replacedBy: 'how-to-add-users' }];
    expect(redirectsFile(redirectMap(articles.slice(1), retired), '/', ['hi'])).toMatchInlineSnapshot(`
      "# Short links, old slugs and retired articles. Generated at build time; edit the articles instead.
      /a/107 /hi/articles/how-to-add-users/ 302! Language=hi
      /a/107/ /hi/articles/how-to-add-users/ 302! Language=hi
      /a/90 /hi/articles/how-to-add-users/ 302! Language=hi
      /a/90/ /hi/articles/how-to-add-users/ 302! Language=hi
      /articles/add-users /articles/how-to-add-users/ 301
      /articles/add-users/ /articles/how-to-add-users/ 301
      /articles/invite-users /articles/how-to-add-users/ 301
      /articles/invite-users/ /articles/how-to-add-users/ 301
      /articles/old-guide /articles/how-to-add-users/ 301
      /articles/old-guide/ /articles/how-to-add-users/ 301
      # Short links that force a language.
      /hi/a/107 /hi/articles/how-to-add-users/ 301
      /hi/a/107/ /hi/articles/how-to-add-users/ 301
      /hi/a/90 /hi/articles/how-to-add-users/ 301
      /hi/a/90/ /hi/articles/how-to-add-users/ 301
      "
    `);
  });
});

describe('redirectPage', () => {
  it('sends the reader on with and without JavaScript, names the article and stays out of search engines', () => {
    const html = redirectPage({
      title: 'Pay <now> & "save"',
      href: '/help/articles/pay/',
      canonical: 'https://h.example/help/articles/pay/',
    });
    expect(html).toContain('<title>Pay &lt;now&gt; &amp; &quot;save&quot;</title>');
    expect(html).toContain('<noscript><meta http-equiv="refresh" content="0; url=/help/articles/pay/"></noscript>');
    expect(html).toContain('<link rel="canonical" href="https://h.example/help/articles/pay/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="/help/articles/pay/" data-redirect-target>Pay &lt;now&gt; &amp; &quot;save&quot;</a>');
    expect(html).toContain('location.replace(t+location.hash)');
  });
});
