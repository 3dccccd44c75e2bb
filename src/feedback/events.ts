import { z } from 'astro/zod';

/** Why an article did not help, as offered after "No". */
export const REASONS = ['outdated', 'unclear', 'unsolved', 'other'] as const;

/** A reason's words, as the article page and the report show them. */
export const REASON_LABELS: Record<(typeof REASONS)[number], string> = {
  outdated: 'Outdated',
  unclear: 'Unclear',
  unsolved: 'Did not solve my problem',
  other: 'Other',
};

/** The longest comment a reader may send after "No", in characters. */
export const MAX_COMMENT = 500;
/** The longest query kept, in characters: longer ones are cut when normalized. */
export const MAX_QUERY = 200;
/** The most events one request may carry (a page sends its few pending events together when the reader leaves). */
export const MAX_EVENTS_PER_REQUEST = 20;
/** The largest request body the collector reads, in bytes: 20 events with full comments fit. */
export const MAX_BODY_BYTES = 16_384;

/**
 * A search query as it is counted: Unicode-normalized (NFKC), lower-case,
 * single spaces, no control characters, at most 200 characters. "Reset  PIN"
 * and "reset pin" are the same search.
 */
export function normalizeQuery(query: string): string {
  return (
    query
      .normalize('NFKC')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_QUERY)
      .trim()
  );
}

/** Text a reader typed: no control characters except line breaks and tabs. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Something that reads as an HTML tag or comment: queries and comments are plain text. */
const MARKUP = /<\s*[a-z!/?]/i;

/**
 * The zod schema of one collector request, `{ "events": [...] }`, checking
 * article ids against the site's own (from the built `articles.json`).
 */
export function requestSchema(articleIds: ReadonlySet<string>) {
  const articleId = z
    .string()
    .max(64)
    .refine((id) => articleIds.has(id), { message: 'is not an article of this site (see articles.json)' });
  const query = z
    .string()
    .min(1)
    .max(MAX_QUERY)
    .refine((q) => q === normalizeQuery(q), { message: 'must be normalized (lower-case, single spaces, trimmed)' })
    .refine((q) => !MARKUP.test(q), { message: 'must be plain text, without HTML tags' });
  const vote = z.strictObject({
    type: z.literal('vote'),
    /** The article's id (frontmatter `id`). */
    article: articleId,
    /** true for "Yes", false for "No". */
    helpful: z.boolean(),
    /** Only after "No": one of REASONS. */
    reason: z.enum(REASONS).optional(),
    /** Only after "No": at most 500 characters, stored and shown as text. */
    comment: z
      .string()
      .max(MAX_COMMENT)
      .refine((c) => !CONTROL.test(c), { message: 'must not contain control characters' })
      .refine((c) => !MARKUP.test(c), { message: 'must be plain text, without HTML tags' })
      .optional(),
  });
  const search = z.strictObject({
    type: z.literal('search'),
    /** The query, normalized (normalizeQuery). */
    query,
    /** How many articles matched. */
    results: z.int().min(0).max(100_000),
    /** The query as searched after typo correction, if a word was corrected. */
    corrected: query.optional(),
    /** The result the reader opened, if any: its article id and 1-based position in the list. */
    clicked: z.strictObject({ article: articleId, position: z.int().min(1).max(100) }).optional(),
  });
  return z.strictObject({
    events: z
      .array(
        z.discriminatedUnion('type', [
          vote.refine((v) => !v.helpful || (v.reason === undefined && v.comment === undefined), {
            message: 'a reason or comment only comes with helpful: false',
          }),
          search,
        ]),
      )
      .min(1)
      .max(MAX_EVENTS_PER_REQUEST),
  });
}

/** A request the collector accepted. */
export type FeedbackRequest = z.infer<ReturnType<typeof requestSchema>>;
/** One accepted event. */
export type FeedbackEvent = FeedbackRequest['events'][number];

/** Zod's issues in one line each, prefixed with the field path: the 400 answer's reason. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(body)'}: ${issue.message}`)
    .join('; ');
}
