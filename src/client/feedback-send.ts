/**
 * Sending feedback events to the collector, shared by the article widget and
 * search. Nothing is sent when the browser asks not to be tracked.
 */

/** False when the reader's browser sends Global Privacy Control or Do Not Track. */
export function trackingAllowed(): boolean {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  return !(nav.globalPrivacyControl === true || nav.doNotTrack === '1');
}

/**
 * Posts events as JSON. `leaving`: the page is going away, so the browser's
 * beacon queue carries them (no answer to wait for). Otherwise a `keepalive`
 * fetch that resolves to whether the collector stored them. Sent as
 * text/plain, so no preflight request is needed; no cookies, no referrer.
 */
export async function sendEvents(endpoint: string, events: readonly object[], leaving = false): Promise<boolean> {
  if (events.length === 0 || !trackingAllowed()) return false;
  const body = JSON.stringify({ events });
  if (leaving && typeof navigator.sendBeacon === 'function') return navigator.sendBeacon(endpoint, body);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      body,
      keepalive: true,
      mode: 'cors',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
    });
    return response.ok;
  } catch {
    return false;
  }
}
