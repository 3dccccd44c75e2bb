import { z } from 'astro/zod';
import { isSlug } from '../slug';

/** One entry of `content/categories.json`. Order in the file is the order on the site. */
export const categorySchema = z.strictObject({
  /** URL segment of `/categories/<slug>/`; a slug (lower case, digits, `-`). Required. */
  slug: z.string().refine(isSlug, { error: 'must be a slug such as "getting-started"' }),
  /** Name shown in navigation and breadcrumbs. Required, 1–40 characters. */
  title: z.string().min(1).max(40),
  /** One sentence shown on the home and category pages. Required, 1–200 characters. */
  description: z.string().min(1).max(200),
  /** Whether every article in the category must cite at least one page in `sources` (the content lint checks it). Optional, default false. */
  requireSources: z.boolean().optional(),
});

/** The declared categories; at least one, slugs unique. */
export const categoriesSchema = z
  .array(categorySchema)
  .min(1)
  .refine((list) => new Set(list.map((c) => c.slug)).size === list.length, {
    error: 'category slugs must be unique',
  });

/** A declared category. */
export type Category = z.infer<typeof categorySchema>;
