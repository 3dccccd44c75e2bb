import { formatProblem } from '../../../src/lint/problems';
import { describe, expect, it } from 'vitest';
import {
  anchorLinkProblems,
  translatedPages,
  translationAnchorLinkProblems,
  type ArticleTargets,
} from '../../../src/lint/anchor-links';

const guide: ArticleTargets = {
  slug: 'guide',
  path: 'content/articles/guide.mdx',
  ids: ['steps', 'log-in', 'task-log-in', 'problem-can-t-log-in'],
  links: [{ href: '#steps', line: 9 }],
};

describe('anchorLinkProblems', () => {
  it('accepts links to anchors the target has, in this article or another, under the base path', () => {
    const pay = {
      slug: 'pay',
      path: 'content/articles/pay.mdx',
      ids: [],
      links: [{ href: '/help/articles/guide/#log-in', line: 3 }],
    };
    expect(anchorLinkProblems([guide, pay], '/help/')).toEqual([]);
  });

  it('names a missing anchor at file:line with the anchors the target has, closest first', () => {
    const pay = {
      slug: 'pay',
      path: 'content/articles/pay.mdx',
      ids: [],
      links: [
        { href: '/articles/guide/#log-inn', line: 12 },
        { href: '#nowhere', line: 14 },
        { href: '/articles/unknown/#x', line: 15 },
        { href: 'https://example.com/#x', line: 16 },
      ],
    };
    expect(anchorLinkProblems([guide, pay]).map(formatProblem)).toEqual([
      'content/articles/pay.mdx:12:1: the link to "/articles/guide/#log-inn" leads to no anchor: /articles/guide/ (content/articles/guide.mdx) has no id "log-inn" (link to one of its anchors, closest first: #log-in, #task-log-in, #steps, #problem-can-t-log-in)',
      'content/articles/pay.mdx:14:1: the link to "#nowhere" leads to no anchor: this article has no id "nowhere" (it has no anchors; link to the article itself)',
    ]);
  });
});

describe('anchorLinkProblems of a translation', () => {
  // The English guide and its Hindi translation, whose anchors come from the Hindi text until aligned.
  const english: ArticleTargets = { ...guide, anchored: ['steps', 'log-in', 'task-log-in', 'problem-can-t-log-in'], links: [] };
  const pay: ArticleTargets = {
    slug: 'pay',
    path: 'content/articles/pay.mdx',
    ids: ['receipt'],
    anchored: ['receipt'],
    links: [],
  };
  const hindiGuide: ArticleTargets = {
    slug: 'guide',
    path: 'content/articles/hi/guide.mdx',
    ids: ['चरण', 'लॉग-इन', 'task-लॉग-इन', 'task-लॉग-इन-note', 'problem-लॉग-इन-नहीं'],
    anchored: ['चरण', 'लॉग-इन', 'task-लॉग-इन', 'problem-लॉग-इन-नहीं'],
    links: [
      { href: '/hi/articles/guide/#task-log-in', line: 5 },
      { href: '#task-log-in-note', line: 6 },
      { href: '#task-लॉग-इन-note', line: 6 },
      { href: '/hi/articles/pay/#receipt', line: 7 },
      { href: '/articles/guide/#log-in', line: 8 },
      { href: '/hi/articles/pay/#reciept', line: 9 },
      { href: '/articles/guide/#चरण', line: 10 },
      { href: '/hi/articles/guide/#steps-x', line: 11 },
    ],
  };
  const check = () =>
    anchorLinkProblems([hindiGuide], '/hi/', {
      pages: translatedPages([english, pay], [hindiGuide]),
      others: [{ base: '/', pages: [english, pay] }],
    }).map(formatProblem);

  it('checks links to Hindi pages against the aligned anchors (an untranslated page’s are English) and links to English pages against English', () => {
    expect(check()).toEqual([
      'content/articles/hi/guide.mdx:9:1: the link to "/hi/articles/pay/#reciept" leads to no anchor: /hi/articles/pay/ (content/articles/pay.mdx) has no id "reciept" (link to one of its anchors, closest first: #receipt)',
      'content/articles/hi/guide.mdx:10:1: the link to "/articles/guide/#चरण" leads to no anchor: /articles/guide/ (content/articles/guide.mdx) has no id "चरण" (link to one of its anchors, closest first: #steps, #log-in, #task-log-in, #problem-can-t-log-in)',
      'content/articles/hi/guide.mdx:11:1: the link to "/hi/articles/guide/#steps-x" leads to no anchor: /hi/articles/guide/ (content/articles/hi/guide.mdx) has no id "steps-x" (link to one of its anchors, closest first: #steps, #log-in, #task-log-in, #task-log-in-note, #problem-can-t-log-in)',
    ]);
  });

  it('keeps a translation’s own anchors when its structure differs from the English article', () => {
    const differs = { ...hindiGuide, anchored: hindiGuide.anchored!.slice(0, 3), links: [{ href: '#task-लॉग-इन', line: 4 }] };
    expect(
      anchorLinkProblems([differs], '/hi/', {
        pages: translatedPages([english], [differs]),
        others: [{ base: '/', pages: [english] }],
      }),
    ).toEqual([]);
  });

  it('checks every loaded translation against its language’s pages and the English ones, leaving English links to the English check', () => {
    const brokenEnglish = { ...pay, links: [{ href: '#nowhere', line: 3 }] };
    const languages = [
      { lang: 'hi', base: '/hi/', targets: [hindiGuide] },
      { base: '/', targets: [english, brokenEnglish] },
    ];
    expect(translationAnchorLinkProblems(languages).map(formatProblem)).toEqual(check());
    expect(translationAnchorLinkProblems(languages.slice(0, 1)), 'nothing to check against without the English pages').toEqual(
      [],
    );
  });
});
