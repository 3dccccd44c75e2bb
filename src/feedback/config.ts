/**
 * Where pages send events: `FEEDBACK_URL` (the collector's address) with
 * `/events` appended, or undefined when it is not set (then no page sends
 * anything). A value that is not an http(s) address stops the build.
 */
export function feedbackEndpoint(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    url = new URL('invalid:');
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password)
    throw new Error(
      `FEEDBACK_URL=${value} is not the collector's address: use an http(s) address without query, fragment or password, e.g. FEEDBACK_URL=https://feedback.example.com (see docs/feedback.md).`,
    );
  return new URL('events', url.href.endsWith('/') ? url.href : `${url.href}/`).href;
}

/** The origin that joins the policy's `connect-src` when the site sends feedback, or none. */
export function feedbackOrigins(value: string | undefined): string[] {
  const endpoint = feedbackEndpoint(value);
  return endpoint ? [new URL(endpoint).origin] : [];
}

/** A `mailto:` link to support with a subject and a body, each encoded so any text is safe in it. */
export function supportMailto(email: string, subject: string, body: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
