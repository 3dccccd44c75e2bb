import { formatProblem } from '../../../src/lint/problems';
import { describe, expect, it } from 'vitest';
import { anchorLinkProblems, type ArticleTargets } from '../../../src/lint/anchor-links';

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
