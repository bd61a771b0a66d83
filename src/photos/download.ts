// Fetches an attachment a channel sent (a URL or inline data), never more than a set size or time.

export type DownloadProblem = 'too-big' | 'unreachable';

/** Why an attachment could not be taken: too big, or the channel's file could not be fetched in time. */
export class DownloadRefused extends Error {
  constructor(
    readonly problem: DownloadProblem,
    message: string,
  ) {
    super(message);
    this.name = 'DownloadRefused';
  }
}

export interface DownloadOptions {
  maxBytes: number;
  timeoutMs: number;
  /** A bearer token for the channel's file store (only sent where `sendTokenTo` allows). */
  token?: () => Promise<string | undefined>;
  /** Whether this URL may receive the token (the channel's own service, never any address an activity names). */
  sendTokenTo?: (url: URL) => boolean;
}

const DATA_URL = /^data:([^;,]*)(;base64)?,(.*)$/s;

/** The bytes at `address` (http, https or data:); rejects with DownloadRefused past the limits. */
export async function downloadAttachment(address: string, options: DownloadOptions): Promise<Buffer> {
  const inline = DATA_URL.exec(address);
  if (inline) {
    // base64 is 4 characters per 3 bytes: refuse before decoding something too big.
    if (inline[3]!.length * 0.75 > options.maxBytes + 3) throw new DownloadRefused('too-big', 'inline attachment over the limit');
    const data = inline[2] ? Buffer.from(inline[3]!, 'base64') : Buffer.from(decodeURIComponent(inline[3]!), 'latin1');
    if (data.length > options.maxBytes) throw new DownloadRefused('too-big', 'inline attachment over the limit');
    return data;
  }
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new DownloadRefused('unreachable', 'not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new DownloadRefused('unreachable', `unsupported scheme ${url.protocol}`);
  const token = options.token && options.sendTokenTo?.(url) ? await options.token() : undefined;
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal, redirect: 'follow' });
    if (!response.ok || !response.body) throw new DownloadRefused('unreachable', `HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > options.maxBytes) {
      await response.body.cancel();
      throw new DownloadRefused('too-big', `declared ${declared} bytes`);
    }
    return await readAtMost(response.body, options.maxBytes);
  } catch (error) {
    if (error instanceof DownloadRefused) throw error;
    throw new DownloadRefused('unreachable', (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message);
  }
}

/** Reads a stream, giving up as soon as it passes `maxBytes` (a missing or false length header changes nothing). */
async function readAtMost(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new DownloadRefused('too-big', `over ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
}
