import { z } from 'astro/zod';
import { isSlug } from '../slug';

const slug = (what: string) =>
  z.string().refine(isSlug, {
    error: (issue) => `${what} "${String(issue.input)}" is not a slug: use lower-case letters, digits and "-"`,
  });

/** One article that no longer exists. Its id and slugs stay reserved for ever. */
export const retiredArticleSchema = z.strictObject({
  /** The id the article had (its short link `/a/<id>/`). Required. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'id must use lower-case letters, digits and "-" only' }),
  /** The slug the article last had. Required. */
  slug: slug('slug'),
  /** The article's title, so people know what held the id. Required, 1–120 characters. */
  title: z.string().trim().min(1).max(120),
  /** Earlier slugs of the article (its `redirectFrom`). Optional, default none. */
  oldSlugs: z.array(slug('old slug')).default([]),
  /** When it was retired, as YYYY-MM-DD. Required. */
  retired: z.coerce.date({ error: 'retired must be a date written as YYYY-MM-DD' }),
  /** Slug of a live article that replaces it; its short link and slugs then lead there. Optional. */
  replacedBy: slug('replacedBy').optional(),
});

/** `content/retired.json`: every retired article. Optional file; default an empty list. */
export const retiredSchema = z.array(retiredArticleSchema);

/** A retired article as read from `content/retired.json`. */
export type RetiredArticle = z.output<typeof retiredArticleSchema>;
