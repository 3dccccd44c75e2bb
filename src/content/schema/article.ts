import { z } from 'astro/zod';
import { closest } from '../../shared/closest';
import { isSlug } from '../slug';
import { toSource, type Source } from '../sources';

/** Longest quick answer, in characters: it must fit the ⚡ box, a search excerpt and a meta description. */
export const QUICK_ANSWER_MAX = 300;
/** Fewest and most keywords an article may have. */
export const KEYWORDS_MIN = 1;
export const KEYWORDS_MAX = 12;

/**
 * A schema message: what is wrong, then on a line of its own how to fix it.
 * The content check prints them as `message (fix)` at the field's line.
 */
export const say = (message: string, fix: string) => `${message}\n${fix}`;

/** Markup that has no place in a plain-text field: HTML tags, Markdown links, emphasis and code. */
const MARKUP = /<\/?[a-z][^>]*>|\]\(|\*\*|__|`/i;

const plainText = (max: number, what: string) =>
  z
    .string({ error: say(`${what} is required`, 'write it as plain text') })
    .trim()
    .min(1, { error: say(`${what} is empty`, 'write it as plain text') })
    .max(max, {
      error: (issue) => {
        const length = (issue.input as string).length;
        return say(
          `${what} is ${String(length)} characters; the limit is ${max}`,
          `cut ${String(length - max)} characters and move the detail into the article body`,
        );
      },
    })
    .refine((value) => !MARKUP.test(value), {
      error: say(`${what} must be plain text`, 'remove HTML tags and Markdown (links, **bold**, `code`)'),
    });

const sourceTitle = z
  .string({ error: say('a source’s title is not text', 'write the page’s title as its site shows it') })
  .trim()
  .min(1, { error: say('a source’s title is empty', 'write the page’s title, or give the source as a plain URL') })
  .max(200, { error: say('a source’s title is longer than 200 characters', 'shorten it') });

// A `{ url, title }` source: its title is checked here; its URL, like a plain-URL source, by the source-urls rule.
const titledSource = z.strictObject({ url: z.custom<string>(), title: sourceTitle });

const slugField = (what: string) =>
  z.string().refine(isSlug, {
    error: (issue) =>
      say(
        `${what} "${String(issue.input)}" is not a slug`,
        'use lower-case letters, digits and "-" (the file name without .mdx)',
      ),
  });

/** Frontmatter fields of an article, in the order an author writes them. */
const fields = (categories: readonly string[]) => ({
  /** The customer's question, as they would ask it. Required, 8–120 characters. */
  title: z
    .string({ error: say('title is required', 'write the customer’s question, e.g. "How do I add a user?"') })
    .trim()
    .min(8, { error: say('title is too short', 'write the customer’s whole question (at least 8 characters)') })
    .max(120, { error: say('title is longer than 120 characters', 'shorten the question') }),
  /** Short, stable identifier behind the article's short link `/a/<id>/`. Required; lower-case letters, digits and `-`, at most 16 characters; unique and never reused. */
  id: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? say('id is required', 'give the article a short identifier such as "108" (never reuse one)')
          : // YAML reads `id: 115` as a number; an id is text.
            say(`id ${String(issue.input)} is not text`, `quote it: id: "${String(issue.input)}"`),
    })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: (issue) =>
        say(`id "${String(issue.input)}" is not a valid id`, 'use lower-case letters, digits and "-" only, e.g. "108"'),
    })
    .max(16, { error: say('id is longer than 16 characters', 'keep it short, it is part of the short link') }),
  /** The answer in one or two sentences, plain text. Required, at most 300 characters. Shown in the ⚡ box, search results and the meta description. */
  quickAnswer: plainText(QUICK_ANSWER_MAX, 'quickAnswer'),
  /** Slug of one declared category (content/categories.json). Required. */
  category: z
    .string({ error: say('category is required', `name one of ${categories.join(', ')}, declared in content/categories.json`) })
    .refine((value) => categories.includes(value), {
      error: (issue) => {
        const value = String(issue.input);
        const guess = closest(value, categories);
        return say(
          `unknown category "${value}"${guess ? ` — did you mean "${guess}"?` : ''}`,
          `use one of ${categories.join(', ')}, declared in content/categories.json`,
        );
      },
    }),
  /** Phrases customers use for this topic; each becomes a tag. Required, 1–12 phrases of 1–60 characters. */
  keywords: z
    .array(
      z
        .string({ error: say('a keyword is not text', 'write it as a phrase, in quotes if it looks like a number') })
        .trim()
        .min(1, { error: say('a keyword is empty', 'write a phrase or remove the item') })
        .max(60, { error: say('a keyword is longer than 60 characters', 'shorten it to the words customers use') }),
      {
        error: say('keywords is required', 'list 1 to 12 phrases customers use, e.g. [call flow, IVR]'),
      },
    )
    .min(KEYWORDS_MIN, { error: say('keywords is empty', 'list at least one phrase') })
    .max(KEYWORDS_MAX, {
      error: say(`keywords has more than ${KEYWORDS_MAX} phrases`, `keep the ${KEYWORDS_MAX} customers use most`),
    }),
  /** Slugs of other articles to show under "Related articles". Optional, default none; filled up to 3 by shared keywords. */
  related: z.array(slugField('related slug')).default([]),
  /** Date the facts were last checked, as YYYY-MM-DD. Required. */
  updated: z.coerce.date({ error: say('updated is not a date', 'write it as YYYY-MM-DD, e.g. 2026-11-25') }),
  /** Pages the article's facts come from. Optional, default none; each an http(s) URL, or `{ url, title }` so the page shows the title (URLs checked, with the reason, by the source-urls rule). Normalised to `{ url, title? }`. */
  sources: z
    .array(z.custom<unknown>())
    .default([])
    .superRefine((list, context) => {
      list.forEach((entry, index) => {
        if (typeof entry !== 'object' || entry === null) return;
        for (const issue of titledSource.safeParse(entry).error?.issues ?? [])
          context.addIssue({ ...issue, path: [index, ...issue.path] } as never);
      });
    })
    .transform((list): Source[] => list.flatMap((entry) => toSource(entry) ?? [])),
  /** Who keeps the article true: a team name or an email address. Optional (none by default), 1–100 characters; `npm run review` lists it. */
  owner: z
    .string({ error: say('owner is not text', 'write a team name or an email address, e.g. "Billing team"') })
    .trim()
    .min(1, { error: say('owner is empty', 'name the team or address that checks this article') })
    .max(100, { error: say('owner is longer than 100 characters', 'name a team or one address') })
    .optional(),
  /** Date the article was last checked against the product, as YYYY-MM-DD. Optional; without it `updated` counts as the last check. Shown on the page. */
  reviewed: z.coerce.date({ error: say('reviewed is not a date', 'write it as YYYY-MM-DD, e.g. 2026-11-29') }).optional(),
  /** Days between checks against the product. Optional, default `reviewEvery` in content/site.json; a whole number from 1 to 3650. */
  reviewEvery: z
    .number({ error: say('reviewEvery is not a number', 'write a number of days, e.g. 90') })
    .int({ error: say('reviewEvery is not a whole number', 'write a whole number of days, e.g. 90') })
    .min(1, { error: say('reviewEvery is less than 1 day', 'write at least 1') })
    .max(3650, { error: say('reviewEvery is more than 3650 days (10 years)', 'check articles more often') })
    .optional(),
  /** Old slugs of this article that must keep working (they redirect here). Optional, default none. */
  redirectFrom: z.array(slugField('redirectFrom slug')).default([]),
});

/** Names of every frontmatter field, for "did you mean" hints. */
export const ARTICLE_FIELDS = Object.keys(fields([]));

/**
 * The frontmatter schema of an article, given the declared category slugs.
 * Unknown fields are an error naming the closest known field, so a typo such as
 * `keyowrds` never passes silently. Built once per list of categories: building
 * it costs more than checking an article with it.
 */
export function articleSchema(categories: readonly string[]) {
  const key = categories.join('\n');
  let schema = schemas.get(key);
  if (!schema) {
    schema = buildSchema(categories);
    schemas.set(key, schema);
  }
  return schema;
}

const schemas = new Map<string, ReturnType<typeof buildSchema>>();

function buildSchema(categories: readonly string[]) {
  return z.strictObject(fields(categories), {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((key) => {
          const guess = closest(key, ARTICLE_FIELDS);
          return say(
            `unknown field "${key}"${guess ? ` — did you mean "${guess}"?` : ''}`,
            `allowed fields: ${ARTICLE_FIELDS.join(', ')}`,
          );
        })
        .join('\n');
    },
  });
}

/** Validated frontmatter of one article. */
export type ArticleData = z.output<ReturnType<typeof articleSchema>>;
