// POST /api/messages through the CloudAdapter: 401 for any token that cannot be verified, rate limits strangers cannot use against residents.
import type { Activity, ActivityHandler } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { PalierAdapter, TurnResponse } from './adapter.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { wasVerified } from './auth/verified-turns.js';
import type { ConversationThrottle } from './conversation-throttle.js';
import { RateLimiter } from './rate-limit.js';
import { serviceUrlAllowed } from './service-url.js';

export interface MessagesEndpointDeps {
  adapter: PalierAdapter;
  bot: ActivityHandler;
  config: Config;
  logger: Logger;
  clock: Clock;
  /** The adapter's middleware that takes the conversation's rate limit before the resident is looked up. */
  throttle: ConversationThrottle;
}

const unauthorized = { error: { code: 'Unauthorized', message: 'The Bot Framework token could not be verified.' } };

/**
 * The conversation's rate limit is taken only once the token is verified (with an app id), and
 * before the resident record is read (ConversationThrottle), so requests with made-up tokens
 * cannot use up a resident's conversation and throttled ones cost no store access; unverifiable
 * tokens are counted per address instead, and an address sending too many unverifiable tokens gets 429 rather than 401.
 * The token check never waits for Microsoft's keys longer than BOT_OPENID_TIMEOUT_SECONDS.
 */
export class MessagesEndpoint {
  private readonly failures: RateLimiter;

  constructor(private readonly deps: MessagesEndpointDeps) {
    const { rateLimit } = deps.config;
    // Twice a conversation's allowance per address: a channel's own retries never reach it.
    this.failures = new RateLimiter(rateLimit.burst * 2, rateLimit.perSecond * 2, deps.clock);
  }

  async handle(req: Request, res: Response): Promise<void> {
    const { adapter, bot, config, logger } = this.deps;
    const address = req.socket?.remoteAddress ?? 'unknown';
    const { channelId, serviceUrl } = req.body as { channelId: string; serviceUrl?: string };
    if (!config.bot.appId && !serviceUrlAllowed(serviceUrl, config.serviceUrls)) {
      res.send(400, { error: { code: 'ServiceUrlNotAllowed', message: 'Without Bot Framework authentication the bot answers only the local connector (a loopback URL) or SERVICE_URLS.' } });
      return;
    }
    this.deps.throttle.expect(req.body as object);
    // What the adapter answers is held back, so that nothing it says about its internals reaches the caller.
    const authHeader = req.headers.authorization ?? '';
    const processing: Promise<TurnResponse> = adapter.processBody(req.body as Partial<Activity>, authHeader, (context) => bot.run(context)).catch((error: unknown) => {
      logger.error({ err: error, channelId }, 'turn failed before the bot ran');
      return { status: 500 };
    });
    // The keys are bounded, so this only fires if the SDK hangs elsewhere before the turn: the caller is not held.
    const deadline = config.bot.appId
      ? new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), config.bot.openIdTimeoutMs + 2_000).unref())
      : new Promise<never>(() => undefined);
    const outcome = await Promise.race([processing, deadline]);
    const verified = wasVerified(req.body);
    if (outcome === 'late' && !verified) {
      logger.warn({ channelId }, 'token check did not finish in time: refused');
      this.refuse(res, address);
      return;
    }
    const captured = outcome === 'late' ? await processing : outcome;
    const throttled = this.deps.throttle.waitFor(req.body as object);
    if (throttled > 0) {
      this.tooMany(res, throttled, 'Too many messages in this conversation');
      return;
    }
    if (!wasVerified(req.body) && (captured.status === 401 || captured.status >= 500)) {
      logger.info({ channelId, status: captured.status }, 'request refused: token not verified');
      this.refuse(res, address);
      return;
    }
    if (captured.status >= 500) {
      res.send(500, { error: { code: 'InternalError', message: 'Something went wrong; it has been logged.' } });
      return;
    }
    if (captured.body === undefined) {
      res.status(captured.status);
      res.end();
    } else {
      res.send(captured.status, captured.body);
    }
  }

  /** 401; an address sending many unverifiable tokens gets 429 instead (verified requests from it are never slowed by this). */
  private refuse(res: Response, address: string): void {
    const wait = this.failures.take(address);
    if (wait > 0) this.tooMany(res, wait, 'Too many requests with tokens that could not be verified from this address');
    else res.send(401, unauthorized);
  }

  private tooMany(res: Response, seconds: number, what: string): void {
    res.setHeader('retry-after', String(seconds));
    res.send(429, { error: { code: 'TooManyRequests', message: `${what}; retry in ${seconds} s.` } });
  }
}
