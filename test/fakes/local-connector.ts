// A fake Bot Connector on 127.0.0.1 for tests and benchmarks: records activities, fails on demand, drops repeats.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { systemClock, type Clock } from '../../src/clock.js';

/** One activity the connector accepted. */
export interface ReceivedActivity {
  conversationId: string;
  /** The activity it replies to (the URL's :activityId), when posted to .../activities/:activityId. */
  replyToId?: string;
  /** The id the bot gave the activity, if any. */
  activityId?: string;
  /** channelData.palierOutboxId: what makes a repeat recognisable. */
  outboxId?: string;
  activity: Partial<Activity>;
  /** When the connector received it, by the connector's clock. */
  receivedAt: Date;
}

/** An answer to give instead of accepting: 429 with Retry-After, 500, 403, 404... */
export interface Failure {
  status: number;
  /** Retry-After header value: seconds ("30") or an HTTP date. */
  retryAfter?: string;
}

export interface LocalConnectorOptions {
  clock?: Clock;
  /** Milliseconds between recording an activity and answering (a slow channel); may vary per call. */
  responseDelayMs?: number | (() => number);
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

/**
 * Implements POST /v3/conversations/:conversationId/activities[/:activityId] as the Bot Connector
 * does for a bot sending messages. It behaves as an idempotent receiver: an activity whose
 * channelData.palierOutboxId (or else id) it already accepted is answered 200 again and counted in
 * `repeats`, not recorded twice. Emits 'activity' for each new activity it records.
 */
export class LocalConnector extends EventEmitter {
  /** Every activity accepted, once each, in arrival order. */
  readonly received: ReceivedActivity[] = [];
  /** Activities received again after they had been accepted, dropped as an idempotent receiver would. */
  readonly repeats: ReceivedActivity[] = [];
  /** Every request, including failures and repeats. */
  requests = 0;
  /** Requests received and not answered yet. */
  unanswered = 0;
  private readonly byKey = new Map<string, { id: string }>();
  private readonly conversationFailures = new Map<string, Failure & { times: number }>();
  private nextFailures: (Failure & { times: number })[] = [];
  private counter = 0;
  private held?: Promise<void>;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly options: LocalConnectorOptions,
  ) {
    super();
  }

  /** Starts listening on an ephemeral port of 127.0.0.1. */
  static async start(options: LocalConnectorOptions = {}): Promise<LocalConnector> {
    let connector: LocalConnector | undefined;
    const server = createServer((req, res) => void connector!.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const { port } = server.address() as AddressInfo;
    connector = new LocalConnector(server, `http://127.0.0.1:${port}`, options);
    return connector;
  }

  /** The next `times` requests (whatever their conversation) get this answer. */
  failNext(times: number, failure: Failure): void {
    this.nextFailures.push({ ...failure, times });
  }

  /** Requests for this conversation get this answer, `times` times (default: until cleared). */
  failConversation(conversationId: string, failure: Failure, times = Infinity): void {
    this.conversationFailures.set(conversationId, { ...failure, times });
  }

  /** Activities are still recorded, but answered only once the returned function is called: their sends stay in flight. */
  holdAnswers(): () => void {
    let release!: () => void;
    this.held = new Promise((resolve) => (release = resolve));
    return () => {
      this.held = undefined;
      release();
    };
  }

  clearFailures(): void {
    this.conversationFailures.clear();
    this.nextFailures = [];
  }

  /** The activities accepted for one conversation. */
  deliveredTo(conversationId: string): ReceivedActivity[] {
    return this.received.filter((r) => r.conversationId === conversationId);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.requests++;
    this.unanswered++;
    const match = req.method === 'POST' ? ROUTE.exec(req.url ?? '') : null;
    if (!match) return this.answer(res, 404, { error: { code: 'NotFound', message: `${req.method} ${req.url}` } });
    const conversationId = decodeURIComponent(match[1]!);
    const replyToId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    let activity: Partial<Activity>;
    try {
      activity = JSON.parse(await readBody(req)) as Partial<Activity>;
    } catch {
      return this.answer(res, 400, { error: { code: 'BadArgument', message: 'The body is not JSON.' } });
    }
    const failure = this.takeFailure(conversationId);
    if (failure) {
      if (failure.retryAfter !== undefined) res.setHeader('retry-after', failure.retryAfter);
      return this.answer(res, failure.status, { error: { code: `Status${failure.status}`, message: 'Failure asked for by the test.' } });
    }
    const outboxId = (activity.channelData as { palierOutboxId?: unknown } | undefined)?.palierOutboxId;
    const record: ReceivedActivity = {
      conversationId,
      replyToId,
      activityId: activity.id,
      outboxId: typeof outboxId === 'string' ? outboxId : undefined,
      activity,
      receivedAt: (this.options.clock ?? systemClock).now(),
    };
    const key = record.outboxId ?? record.activityId;
    const known = key === undefined ? undefined : this.byKey.get(key);
    let response: { id: string };
    if (known) {
      this.repeats.push(record);
      response = known;
    } else {
      response = { id: `local-${++this.counter}` };
      if (key !== undefined) this.byKey.set(key, response);
      this.received.push(record);
      this.emit('activity', record);
    }
    const delay = typeof this.options.responseDelayMs === 'function' ? this.options.responseDelayMs() : (this.options.responseDelayMs ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    if (this.held) await this.held;
    this.answer(res, 200, response);
  }

  private takeFailure(conversationId: string): Failure | undefined {
    const forConversation = this.conversationFailures.get(conversationId);
    const rule = forConversation ?? this.nextFailures[0];
    if (!rule) return undefined;
    rule.times--;
    if (rule.times <= 0) {
      if (rule === forConversation) this.conversationFailures.delete(conversationId);
      else this.nextFailures.shift();
    }
    return rule;
  }

  private answer(res: ServerResponse, status: number, body: unknown): void {
    this.unanswered--;
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
