import { z } from 'astro/zod';
import { isSlug } from '../slug';

/** Days between checks of an article when neither it nor content/site.json says. */
export const REVIEW_EVERY_DEFAULT = 180;

/** `content/site.json`: the site's name and how customers reach support. */
export const settingsSchema = z.strictObject({
  /** Site name in the header and page titles. Required, 1–60 characters. */
  name: z.string().min(1).max(60),
  /** Short name for narrow screens. Required, 1–30 characters. */
  shortName: z.string().min(1).max(30),
  /** One sentence for the home page and its meta description. Required, at most 300 characters. */
  description: z.string().min(1).max(300),
  /** Slug of the article featured for new customers on the home page. Required; must exist. */
  featured: z.string().refine(isSlug, { error: 'featured must be an article slug' }),
  /** Days between checks of an article against the product, unless the article sets `reviewEvery`. Optional, default 180; 1–3650. */
  reviewEvery: z.number().int().min(1).max(3650).default(REVIEW_EVERY_DEFAULT),
  /**
   * Languages the site is published in; the first is the default, served at the
   * root, the others under `/<code>/` with strings in `src/i18n/<code>.json`.
   * Optional, default English only; codes are lower-case BCP 47 primary tags.
   */
  languages: z
    .array(
      z.strictObject({
        /** Language code, e.g. "hi". Required, 2–3 lower-case letters. */
        code: z.string().regex(/^[a-z]{2,3}$/, { error: 'a language code is 2–3 lower-case letters, e.g. "hi"' }),
        /** The language's name in itself, e.g. "हिन्दी". Required. */
        label: z.string().min(1).max(30),
        /** The site description in this language. Optional, default the top-level `description`. */
        description: z.string().min(1).max(300).optional(),
      }),
    )
    .min(1)
    .default([{ code: 'en', label: 'English' }]),
  /** How to reach support; shown in the footer and on the 404 page. */
  support: z.strictObject({
    /** Support email address. Required. */
    email: z.email(),
    /** Support phone number as customers dial it. Optional. */
    phone: z.string().min(3).optional(),
    /** Where to escalate an unresolved ticket. Optional. */
    escalationEmail: z.email().optional(),
  }),
});

/** Validated `content/site.json`. */
export type Settings = z.output<typeof settingsSchema>;
