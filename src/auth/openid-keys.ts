// Bot Framework token checks never wait long for Microsoft's signing keys: cached, refreshed in the background, bounded.
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor.js';
import { OpenIdMetadata } from 'botframework-connector/lib/auth/openIdMetadata.js';

/** The parts of the SDK's OpenIdMetadata this module works with (private in its typings). */
interface Metadata {
  url: string;
  tokenRefreshInterval: number;
  lastUpdated: number;
  keys?: { kid?: string }[];
  findKey(keyId: string): unknown;
}

interface Refresh {
  running?: Promise<void>;
  lastAttempt: number;
}

/** An unknown key id makes the keys be fetched again at most this often (forged tokens carry made-up ids). */
const UNKNOWN_KEY_REFRESH_MS = 5 * 60_000;

let waitMs = 5_000;
let installed = false;
const refreshes = new WeakMap<Metadata, Refresh>();

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(waitMs) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/** One refresh at a time per metadata document; failures leave the cached keys as they were. */
function refresh(metadata: Metadata): Promise<void> {
  const state = refreshes.get(metadata) ?? { lastAttempt: 0 };
  refreshes.set(metadata, state);
  state.running ??= (async () => {
    state.lastAttempt = Date.now();
    try {
      const config = (await fetchJson(metadata.url)) as { jwks_uri?: string };
      if (typeof config.jwks_uri !== 'string') throw new Error('no jwks_uri in the OpenID configuration');
      const { keys } = (await fetchJson(config.jwks_uri)) as { keys?: { kid?: string }[] };
      if (!Array.isArray(keys)) throw new Error('no keys in the key set');
      metadata.keys = keys;
      metadata.lastUpdated = Date.now();
    } catch {
      // Unreachable, hanging or wrong: tokens signed with unknown keys are refused (401) until it works again.
    } finally {
      state.running = undefined;
    }
  })();
  return state.running;
}

const bounded = (work: Promise<void>) => Promise.race([work, new Promise<void>((resolve) => setTimeout(resolve, waitMs).unref())]);

/**
 * Replaces how botframework-connector's OpenIdMetadata gets a signing key. The SDK fetches the keys
 * with no timeout, once per request while it has none, and throws the network error (a 500 with
 * internal text): a hanging key endpoint held every request and socket. Here a known key is
 * answered from the cache (stale keys are refreshed in the background), one fetch at a time runs,
 * each bounded by `timeoutMs`, and a key that cannot be found is simply not found: the SDK then
 * refuses the token with 401. The SDK is archived, so this patch is not going to be overtaken.
 */
export function boundOpenIdKeyWaits(timeoutMs: number): void {
  waitMs = timeoutMs;
  if (installed) return;
  installed = true;
  const prototype = OpenIdMetadata.prototype as unknown as { getKey(this: Metadata, keyId: string): Promise<unknown> };
  prototype.getKey = async function getKey(this: Metadata, keyId: string) {
    const known = this.findKey(keyId);
    const stale = this.lastUpdated < Date.now() - this.tokenRefreshInterval * 3_600_000;
    if (known) {
      if (stale) void refresh(this);
      return known;
    }
    const lastAttempt = refreshes.get(this)?.lastAttempt ?? 0;
    if (!this.keys || stale || lastAttempt < Date.now() - UNKNOWN_KEY_REFRESH_MS) await bounded(refresh(this));
    else if (refreshes.get(this)?.running) await bounded(refreshes.get(this)!.running!);
    return this.findKey(keyId);
  };
}

/** Fetches the keys of the metadata document the SDK will use for `url` now, in the background, so the first resident does not wait. */
export function warmOpenIdKeys(url: string): void {
  const extractor = JwtTokenExtractor as unknown as { getOrAddOpenIdMetadata(url: string, proxy?: unknown, refreshHours?: number): Metadata };
  void refresh(extractor.getOrAddOpenIdMetadata(url, undefined, 24));
}
