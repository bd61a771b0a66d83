// Where the bot may send replies when no token vouches for the caller (development): the local connector, not any URL a caller names.

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Without Bot Framework authentication a caller chooses the serviceUrl the bot answers to, so it
 * could make the bot post to any address. Allowed then: a loopback origin with no path or query
 * (the local chat's connector, a local test connector), or a URL under one of `allowed` (SERVICE_URLS).
 */
export function serviceUrlAllowed(serviceUrl: string | undefined, allowed: readonly string[]): boolean {
  if (serviceUrl === undefined) return true; // nothing will be sent anywhere
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  if (allowed.some((prefix) => `${url.origin}${url.pathname}`.startsWith(prefix) && !url.search)) return true;
  return LOOPBACK.has(url.hostname) && (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash;
}
