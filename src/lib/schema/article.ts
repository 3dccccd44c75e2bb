import { z } from 'astro/zod';
import { closest } from '../closest';
import { isSlug } from '../slug';
import type { Source } from '../sources';

/** Longest quick answer, in characters: it must fit the ⚡ box, a search excerpt and a meta description. */
export const QUICK_ANSWER_MAX = 300;
/** Fewest and most keywords an article may have. */
export const KEYWORDS_MIN = 1;
export const KEYWORDS_MAX = 12;

/** Markup that has no place in a plain-text field: HTML tags, Markdown links, emphasis and code. */
const MARKUP = /<\/?[a-z][^>]*>|\]\(|\*\*|__|`/i;

const plainText = (max: number, what: string) =>
  z
    .string({ error: `${what} is required: write it as plain text` })
    .trim()
    .min(1, { error: `${what} is empty: write it as plain text` })
    .max(max, {
      error: (issue) =>
        `${what} is ${String((issue.input as string).length)} characters; the limit is ${max}. Shorten it and move detail into the article body`,
    })
    .refine((value) => !MARKUP.test(value), {
      error: `${what} must be plain text: remove HTML tags and Markdown (links, **bold**, \`code\`)`,
    });

const sourceUrl = z.url({ protocol: /^https?$/, error: (issue) => `source "${String(issue.input)}" is not an http(s) URL` });
const sourceTitle = z
  .string({ error: 'a source’s title is text: the page’s title as its site shows it' })
  .trim()
  .min(1, { error: 'a source’s title is empty: write the page’s title, or give the source as a plain URL' })
  .max(200, { error: 'a source’s title is longer than 200 characters: shorten it' });

const slugField = (what: string) =>
  z.string().refine(isSlug, {
    error: (issue) =>
      `${what} "${String(issue.input)}" is not a slug: use lower-case letters, digits and "-" (the file name without .mdx)`,
  });

/** Frontmatter fields of an article, in the order an author writes them. */
const fields = (categories: readonly string[]) => ({
  /** The customer's question, as they would ask it. Required, 8–120 characters. */
  title: z
    .string({ error: 'title is required: write the customer’s question, e.g. "How do I add a user?"' })
    .trim()
    .min(8, { error: 'title is too short: write the customer’s whole question (at least 8 characters)' })
    .max(120, { error: 'title is longer than 120 characters: shorten the question' }),
  /** Short, stable identifier behind the article's short link `/a/<id>/`. Required; lower-case letters, digits and `-`, at most 16 characters; unique and never reused. */
  id: z
    .string({ error: 'id is required: give the article a short identifier such as "108" (never reuse one)' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'id must use lower-case letters, digits and "-" only, e.g. "108"',
    })
    .max(16, { error: 'id is longer than 16 characters: keep it short, it is part of the short link' }),
  /** The answer in one or two sentences, plain text. Required, at most 300 characters. Shown in the ⚡ box, search results and the meta description. */
  quickAnswer: plainText(QUICK_ANSWER_MAX, 'quickAnswer'),
  /** Slug of one declared category (content/categories.json). Required. */
  category: z.string({ error: 'category is required' }).refine((value) => categories.includes(value), {
    error: (issue) => {
      const value = String(issue.input);
      const guess = closest(value, categories);
      return `unknown category "${value}"${guess ? ` — did you mean "${guess}"?` : ''} Allowed: ${categories.join(', ')} (declared in content/categories.json)`;
    },
  }),
  /** Phrases customers use for this topic; each becomes a tag. Required, 1–12 phrases of 1–60 characters. */
  keywords: z
    .array(
      z.string().trim().min(1, { error: 'a keyword is empty' }).max(60, { error: 'a keyword is longer than 60 characters' }),
      {
        error: 'keywords is required: list 1 to 12 phrases customers use, e.g. [call flow, IVR]',
      },
    )
    .min(KEYWORDS_MIN, { error: 'keywords is empty: list at least one phrase' })
    .max(KEYWORDS_MAX, { error: `keywords has more than ${KEYWORDS_MAX} phrases: keep the ${KEYWORDS_MAX} customers use most` }),
  /** Slugs of other articles to show under "Related articles". Optional, default none; filled up to 3 by shared keywords. */
  related: z.array(slugField('related slug')).default([]),
  /** Date the facts were last checked, as YYYY-MM-DD. Required. */
  updated: z.coerce.date({ error: 'updated must be a date written as YYYY-MM-DD, e.g. 2026-11-25' }),
  /** Pages the article's facts come from. Optional, default none; each an http(s) URL, or `{ url, title }` so the page shows the title. Normalised to `{ url, title? }`. */
  sources: z
    .array(
      z.union([sourceUrl, z.strictObject({ url: sourceUrl, title: sourceTitle })], {
        error: 'a source is an http(s) URL, or { url, title } with the page’s title',
      }),
    )
    .default([])
    .transform((list): Source[] => list.map((entry) => (typeof entry === 'string' ? { url: entry } : entry))),
  /** Who keeps the article true: a team name or an email address. Optional (none by default), 1–100 characters; `npm run review` lists it. */
  owner: z
    .string({ error: 'owner must be a team name or an email address, e.g. "Billing team"' })
    .trim()
    .min(1, { error: 'owner is empty: name the team or address that checks this article' })
    .max(100, { error: 'owner is longer than 100 characters: name a team or one address' })
    .optional(),
  /** Date the article was last checked against the product, as YYYY-MM-DD. Optional; without it `updated` counts as the last check. Shown on the page. */
  reviewed: z.coerce.date({ error: 'reviewed must be a date written as YYYY-MM-DD, e.g. 2026-11-29' }).optional(),
  /** Days between checks against the product. Optional, default `reviewEvery` in content/site.json; a whole number from 1 to 3650. */
  reviewEvery: z
    .number({ error: 'reviewEvery must be a number of days, e.g. 90' })
    .int({ error: 'reviewEvery must be a whole number of days, e.g. 90' })
    .min(1, { error: 'reviewEvery must be at least 1 day' })
    .max(3650, { error: 'reviewEvery is more than 3650 days (10 years): check articles more often' })
    .optional(),
  /** Old slugs of this article that must keep working (they redirect here). Optional, default none. */
  redirectFrom: z.array(slugField('redirectFrom slug')).default([]),
});

/** Names of every frontmatter field, for "did you mean" hints. */
export const ARTICLE_FIELDS = Object.keys(fields([]));

/**
 * The frontmatter schema of an article, given the declared category slugs.
 * Unknown fields are an error naming the closest known field, so a typo such as
 * `keyowrds` never passes silently.
 */
export function articleSchema(categories: readonly string[]) {
  return z.strictObject(fields(categories), {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((key) => {
          const guess = closest(key, ARTICLE_FIELDS);
          return `unknown field "${key}"${guess ? ` — did you mean "${guess}"?` : ''} Allowed fields: ${ARTICLE_FIELDS.join(', ')}`;
        })
        .join('; ');
    },
  });
}

/** Validated frontmatter of one article. */
export type ArticleData = z.output<ReturnType<typeof articleSchema>>;
