// Command-line tools and the running bot: with lowdb (one process only) a tool must not open the data
// folder while the bot runs, so it goes through the bot's staff API instead, with a key from the
// environment. Without a running bot, or on PostgreSQL (made for several processes), it opens the store.
import type { Config } from '../config.js';

export interface BotApi {
  url: string;
  /** A fetch to the staff API with the key; a refused call throws with the API's message. */
  call(method: string, path: string, body?: unknown): Promise<Response>;
}

/** Where the running bot answers: PALIER_API_URL, else this machine on the configured port. */
export const botUrl = (config: Pick<Config, 'port'>, env = process.env) => (env.PALIER_API_URL ?? `http://127.0.0.1:${config.port}`).replace(/\/$/, '');

/** Whether a bot listens there. Only a refused connection means no bot: a slow answer is a busy bot. */
async function answers(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5000) });
    return true;
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    return !(code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EADDRNOTAVAIL');
  }
}

/**
 * The running bot's API when the tool must use it (lowdb and the bot answering), else undefined
 * (open the store directly). Throws when the bot runs but no key was given: never two lowdb writers.
 */
export async function botApiIfRunning(config: Pick<Config, 'port' | 'database'>, purpose: string, env = process.env): Promise<BotApi | undefined> {
  if (config.database) return undefined;
  const url = botUrl(config, env);
  if (!(await answers(url))) return undefined;
  const key = env.PALIER_API_KEY;
  if (!key) {
    throw new Error(`The bot is running at ${url} on this data folder, so this command goes through its API: set PALIER_API_KEY to ${purpose} (or stop the bot).`);
  }
  return {
    url,
    async call(method, path, body) {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) {
        const problem = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
        throw new Error(`The bot refused: ${problem?.error?.message ?? `HTTP ${response.status}`}`);
      }
      return response;
    },
  };
}
