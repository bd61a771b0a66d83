// The outbox worker: claims due messages and sends each one once, paced, retried, never during quiet hours.
import type { CloudAdapter } from 'botbuilder';
import PQueue from 'p-queue';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { OutboxMessage, OutboxRepository, Store } from '../store/types.js';
import { realSleep, SendPacer, type Sleep } from './pacer.js';
import { updateResident } from '../residents/records.js';
import { quietHoursEnd } from './quiet-hours.js';
import { backoffMs, classifyFailure } from './retry.js';
import { outboxActivity, sendProactive } from './send.js';

export interface OutboxWorkerDeps {
  store: Store;
  adapter: CloudAdapter;
  config: Config;
  clock: Clock;
  logger: Logger;
  /** The bot's Microsoft App ID (empty locally, without Bot Framework authentication). */
  botAppId: string;
  /** How the worker waits for a rate limit; tests pass one that moves their clock. */
  sleep?: Sleep;
  /** Jitter for retry delays (Math.random by default). */
  random?: () => number;
}

/** What one run did with the messages it claimed. */
export interface RunSummary {
  claimed: number;
  sent: number;
  /** Failed for now, back to pending with a later nextAttemptAt. */
  retried: number;
  failed: number;
  unreachable: number;
  /** Claimed during quiet hours: back to pending, not before the morning. */
  deferred: number;
  /** Claimed but not sent because the worker was stopping: back to pending. */
  released: number;
}

type Outcome = Exclude<keyof RunSummary, 'claimed'>;
type Patch = Parameters<OutboxRepository['update']>[1];

/**
 * Exactly once, as far as a channel allows: a message is claimed ('sending', on disk) by one
 * worker, sent with its outbox id as activity id and channelData.palierOutboxId, then marked
 * 'sent' on disk. If the process dies between the channel accepting it and 'sent' reaching the
 * disk, the message is still 'sending'; start() puts it back to pending and it is sent again
 * with the same id, which a receiver that drops repeats recognises. Channels that do not (Teams,
 * SMS) may show such a message twice: at most the messages claimed at the moment of the crash
 * (twice the concurrency).
 */
export class OutboxWorker {
  private readonly pacer: SendPacer;
  private readonly queue: PQueue;
  private readonly random: () => number;
  private interval?: NodeJS.Timeout;
  private wake?: { at: number; timer: NodeJS.Timeout };
  private currentRun?: Promise<RunSummary | undefined>;
  private queuedRun?: Promise<RunSummary | undefined>;
  private started = false;
  private stopping = false;

  constructor(private readonly deps: OutboxWorkerDeps) {
    if (!deps?.store || !deps.adapter || !deps.config) throw new Error('OutboxWorker: store, adapter and config are required');
    this.pacer = new SendPacer(deps.config.outbox, deps.clock, deps.sleep ?? realSleep);
    this.queue = new PQueue({ concurrency: deps.config.outbox.concurrency });
    this.random = deps.random ?? Math.random;
  }

  /** Puts messages a previous process left 'sending' back to pending, then runs now and every OUTBOX_INTERVAL_SECONDS. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.stopping = false;
    const recovered = await this.deps.store.outbox.recoverInterrupted(this.deps.clock.now());
    if (recovered > 0) this.deps.logger.warn({ recovered }, 'outbox: messages interrupted by the last stop are pending again');
    this.interval = setInterval(() => void this.kick(), this.deps.config.outbox.intervalSeconds * 1000);
    this.interval.unref();
    void this.kick();
  }

  /** Stops claiming, waits for the sends in flight, and puts claimed messages not yet sent back to pending. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.interval);
    clearTimeout(this.wake?.timer);
    this.wake = undefined;
    await this.queuedRun;
    await this.currentRun;
    this.started = false;
  }

  /**
   * Runs now, or right after the run in progress; kicks arriving meanwhile share that one run.
   * Never rejects (a failed run is logged), so callers may ignore the promise.
   */
  kick(): Promise<RunSummary | undefined> {
    if (this.stopping) return Promise.resolve(undefined);
    this.queuedRun ??= (this.currentRun ?? Promise.resolve(undefined)).then(() => {
      this.queuedRun = undefined;
      this.currentRun = this.stopping ? Promise.resolve(undefined) : this.runLogged();
      return this.currentRun;
    });
    return this.queuedRun;
  }

  /** Claims and sends due messages, at most OUTBOX_CONCURRENCY at once, until none is due. */
  async runOnce(): Promise<RunSummary> {
    const summary: RunSummary = { claimed: 0, sent: 0, retried: 0, failed: 0, unreachable: 0, deferred: 0, released: 0 };
    const { concurrency } = this.deps.config.outbox;
    // The next batch is claimed once every claimed message has a slot: at most twice the concurrency is claimed at any time.
    while (!this.stopping) {
      await this.queue.onEmpty();
      if (this.stopping) break;
      const batch = await this.deps.store.outbox.claimDue(this.deps.clock.now(), concurrency);
      if (batch.length === 0) break;
      summary.claimed += batch.length;
      for (const message of batch) void this.queue.add(() => this.deliver(message, summary));
    }
    await this.queue.onIdle();
    return summary;
  }

  private async runLogged(): Promise<RunSummary | undefined> {
    try {
      const summary = await this.runOnce();
      if (summary.claimed > 0) this.deps.logger.info(summary, 'outbox run');
      return summary;
    } catch (error) {
      this.deps.logger.error({ err: error }, 'outbox run failed');
      return undefined;
    }
  }

  private async deliver(message: OutboxMessage, summary: RunSummary): Promise<void> {
    try {
      summary[await this.attempt(message)]++;
    } catch (error) {
      // The store refused a write: the message stays 'sending' and is recovered at the next start.
      this.deps.logger.error({ err: error, outboxId: message.id }, 'outbox: could not record what became of a message');
    }
  }

  /** One try at one claimed message; resolves with what became of it, once that is on disk. */
  private async attempt(message: OutboxMessage): Promise<Outcome> {
    const { store, clock, config } = this.deps;
    if (this.stopping) return this.release(message);
    const resident = await store.residents.get(message.residentId);
    if (!resident) return this.finish(message, 'failed', { lastError: 'resident not found' });
    if (resident.unreachableSince) return this.finish(message, 'unreachable', { lastError: `unreachable since ${resident.unreachableSince}` });
    const reference = resident.reference;
    const conversationId = reference?.conversation?.id;
    if (!reference?.serviceUrl || !conversationId) return this.finish(message, 'failed', { lastError: 'no conversation reference' });

    const quietUntil = quietHoursEnd(clock.now(), config.quietHours, config.timeZone);
    if (quietUntil) {
      await store.outbox.update(message.id, { status: 'pending', notBefore: quietUntil.toISOString(), updatedAt: clock.now().toISOString() }, 'sending');
      this.wakeAt(quietUntil.getTime());
      return 'deferred';
    }

    const channelId = reference.channelId ?? message.channelId;
    if (!(await this.pacer.take(channelId, conversationId, () => this.stopping))) return this.release(message);
    try {
      await sendProactive(this.deps.adapter, this.deps.botAppId, reference, outboxActivity(message, clock.now()));
    } catch (error) {
      return this.failed(message, error);
    }
    return this.finish(message, 'sent', { attempts: message.attempts + 1, sentAt: clock.now().toISOString(), nextAttemptAt: undefined, lastError: undefined });
  }

  private async failed(message: OutboxMessage, error: unknown): Promise<Outcome> {
    const { store, clock, config, logger } = this.deps;
    const now = clock.now();
    const failure = classifyFailure(error, now);
    const attempts = message.attempts + 1;
    if (failure.kind === 'unreachable') {
      // The channel says this resident cannot be reached: nothing else waiting for them is sent either.
      const outcome = await this.finish(message, 'unreachable', { attempts, lastError: failure.reason });
      await updateResident(store, message.residentId, now, (resident) => (resident.unreachableSince ? resident : { ...resident, unreachableSince: now.toISOString() }));
      const cancelled = await store.outbox.cancelForResident(message.residentId, 'unreachable', now);
      logger.info({ outboxId: message.id, reason: failure.reason, cancelled }, 'outbox: resident unreachable');
      return outcome;
    }
    if (failure.kind === 'failed' || attempts >= config.outbox.maxAttempts) {
      logger.warn({ outboxId: message.id, reason: failure.reason, attempts }, 'outbox: message failed for good');
      return this.finish(message, 'failed', { attempts, lastError: failure.reason });
    }
    const next = now.getTime() + (failure.retryAfterMs ?? backoffMs(attempts, this.random));
    await store.outbox.update(
      message.id,
      { status: 'pending', attempts, nextAttemptAt: new Date(next).toISOString(), lastError: failure.reason, updatedAt: now.toISOString() },
      'sending',
    );
    logger.debug({ outboxId: message.id, reason: failure.reason, attempts, nextAttemptAt: new Date(next).toISOString() }, 'outbox: will retry');
    this.wakeAt(next);
    return 'retried';
  }

  /** Records how a claimed message ended, unless it was cancelled meanwhile. */
  private async finish(message: OutboxMessage, status: 'sent' | 'failed' | 'unreachable', patch: Patch): Promise<Outcome> {
    const now = this.deps.clock.now().toISOString();
    await this.deps.store.outbox.update(message.id, { ...patch, status, updatedAt: now }, 'sending');
    return status;
  }

  private async release(message: OutboxMessage): Promise<Outcome> {
    await this.deps.store.outbox.update(message.id, { status: 'pending', updatedAt: this.deps.clock.now().toISOString() }, 'sending');
    return 'released';
  }

  /** A retry due before the next interval run gets a run of its own at its time. */
  private wakeAt(at: number): void {
    if (!this.started || this.stopping || (this.wake && this.wake.at <= at)) return;
    const delay = Math.max(0, at - this.deps.clock.now().getTime());
    if (delay >= this.deps.config.outbox.intervalSeconds * 1000) return;
    clearTimeout(this.wake?.timer);
    const timer = setTimeout(() => {
      this.wake = undefined;
      void this.kick();
    }, delay);
    timer.unref();
    this.wake = { at, timer };
  }
}
