import { createHash } from 'node:crypto';
import { VIDEO_HOSTS } from '../render/media-components';

/**
 * Comments the article page writes around an article's HTML. Nothing inside
 * them is the site's own: its scripts are never hashed, so even a script that
 * slipped past the article checks could not run. An article cannot write a
 * comment (MDX has none, and text is escaped), so it cannot close the region.
 */
export const ARTICLE_START = '<!--article-content-->';
/** The end of the region `ARTICLE_START` opens. */
export const ARTICLE_END = '<!--/article-content-->';

/** The page without the articles' HTML. */
function siteOwnHtml(html: string): string {
  return html.replace(/<!--article-content-->[\s\S]*?(?:<!--\/article-content-->|$)/g, '');
}

/** Inline `<script>` elements that run: no `src`, and a JavaScript type (or none). */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const DATA_TYPES = /\btype=["']?(application\/(ld\+)?json|text\/template)/i;

/**
 * The CSP source (`'sha256-…'`) of every inline script the site itself put on
 * a page (never one inside an article), in order, without repeats.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of siteOwnHtml(html).matchAll(INLINE_SCRIPT)) {
    if (DATA_TYPES.test(attributes ?? '')) continue;
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(body ?? '')
        .digest('base64')}'`,
    );
  }
  return [...hashes];
}

/**
 * The video players a page embeds (`data-frame-src` of `<YouTube>` and
 * `<Vimeo>`), limited to the hosts the site knows, sorted.
 */
export function frameSources(html: string): string[] {
  const known = new Set(Object.values(VIDEO_HOSTS).map((host) => host.frameOrigin));
  const found = [...html.matchAll(/\bdata-frame-src="([^"]+)"/g)].map(([, origin]) => origin!);
  return [...new Set(found.filter((origin) => known.has(origin)))].sort();
}

/**
 * The Content-Security-Policy of a page: everything from the site's own origin,
 * scripts only from files or by hash (never `unsafe-inline`, `unsafe-eval` or
 * `wasm-unsafe-eval`: search reads its index in plain JavaScript), no plugins,
 * no framing; requests only to the site (and `connect`, the feedback collector). Styles may be inline:
 * build-time diagrams carry their own styles. `frameSources` opens `frame-src` for the video players
 * of a page, and only those.
 */
export function contentSecurityPolicy(
  scriptHashes: readonly string[],
  options: { forHeader?: boolean; connect?: readonly string[]; frameSources?: readonly string[] } = {},
): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.length ? ` ${scriptHashes.join(' ')}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    // The feedback collector's origin, when the site was built with FEEDBACK_URL.
    `connect-src 'self'${options.connect?.length ? ` ${options.connect.join(' ')}` : ''}`,
    ...(options.frameSources?.length ? [`frame-src ${options.frameSources.join(' ')}`] : []),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Only honoured in an HTTP header, not in a <meta> tag.
    ...(options.forHeader ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/** Puts the policy in a `<meta http-equiv>` at the top of `<head>`, so it covers every later element. */
export function withCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="content-security-policy" content="${policy.replaceAll('"', '&quot;')}">`;
  return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${meta}`);
}

/** The policy of a build: whom pages may connect to, and what `_headers` admits (every page's inline scripts and video players). */
export interface SitePolicy {
  /** The feedback collector's origin, when the site is built with one. */
  connect: readonly string[];
  hashes: Set<string>;
  frames: Set<string>;
}

const SITE_POLICY = Symbol.for('helpcenter.site-policy');
const store = globalThis as { [SITE_POLICY]?: SitePolicy };

/**
 * Starts the policy of a build in this process (`security()` does, when Astro's build starts).
 * Pages get theirs while Astro renders them (`src/middleware.ts`, in Astro's page bundle) and
 * redirect pages when they are written (`article-files.ts`); `security()` writes `_headers` from the
 * union. Kept on `globalThis` because the page bundle has its own copy of this module.
 */
export function startSitePolicy(connect: readonly string[]): SitePolicy {
  return (store[SITE_POLICY] = { connect, hashes: new Set(), frames: new Set() });
}

/** The policy of the build running in this process; none under `astro dev`, which serves pages without one. */
export function sitePolicy(): SitePolicy | undefined {
  return store[SITE_POLICY];
}

/**
 * Gives a page its policy: its own inline scripts by hash (never an article's), the video players
 * it embeds, and the build's `connect` origins. Records its scripts and players in `site`.
 */
export function securePage(html: string, site: SitePolicy): string {
  const hashes = inlineScriptHashes(html);
  const frames = frameSources(html);
  for (const hash of hashes) site.hashes.add(hash);
  for (const origin of frames) site.frames.add(origin);
  return withCspMeta(html, contentSecurityPolicy(hashes, { connect: site.connect, frameSources: frames }));
}

/** Hardening headers for every response, in the `_headers` format of Netlify and Cloudflare Pages. */
export function headersFile(policy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  X-Frame-Options: DENY',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    '',
  ].join('\n');
}
