// Load driver: N simulated residents at once, each looping through its conversation over keep-alive HTTP, every reply checked.
import http from 'node:http';

/** One message a resident sends, and how to judge the bot's answer (an error message, or undefined when right). */
export interface Turn {
  text: string;
  check(replies: string[]): string | undefined;
}

/** What a resident says, cycle after cycle, in one conversation. */
export interface Script {
  locale?: string;
  /** The turns of the resident's `cycle`-th pass through the conversation. */
  cycle(resident: number, cycle: number): Turn[];
}

export interface LoadOptions {
  url: string;
  residents: number;
  warmupMs: number;
  measureMs: number;
  /** Makes user and conversation ids unique to this run. */
  tag: string;
  script: Script;
  /** The server's CPU time so far in ms, sampled at the start and end of the measurement window. */
  serverCpuMs?: () => number | undefined;
}

export interface LoadResult {
  residents: number;
  /** Turns completed inside the measurement window. */
  turns: number;
  turnsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Server CPU time per measured turn: unlike turns/s, barely moved by other processes on the machine. */
  serverCpuMsPerTurn?: number;
  /** The driver's own CPU use over the window (100: one core), to see it is not the bottleneck. */
  driverCpuPercent: number;
  /** Every turn sent, warm-up and drain included: each one's replies were checked. */
  checked: number;
  errors: number;
  firstErrors: string[];
}

interface Reply {
  status: number;
  body: string;
}

function post(agent: http.Agent, url: URL, body: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.setTimeout(30_000, () => request.destroy(new Error('no answer after 30 s')));
    request.on('error', reject);
    request.end(body);
  });
}

/** The texts of the message activities an expectReplies POST answered with. */
function replyTexts(reply: Reply): string[] {
  if (reply.status !== 200) throw new Error(`HTTP ${reply.status}: ${reply.body.slice(0, 200)}`);
  const activities = (JSON.parse(reply.body) as { activities?: { type?: string; text?: string }[] }).activities ?? [];
  return activities.filter((a) => a.type === 'message').map((a) => a.text ?? '');
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { residents, warmupMs, measureMs, tag, script } = options;
  const url = new URL('/api/messages', options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: residents, maxFreeSockets: residents });
  const started = performance.now();
  const from = started + warmupMs;
  const until = from + measureMs;
  const latencies: number[] = [];
  const result = { checked: 0, errors: 0, firstErrors: [] as string[] };
  let messageId = 0;
  const cpu = () => ({ server: options.serverCpuMs?.(), driver: process.cpuUsage() });
  const at = (time: number) => new Promise<ReturnType<typeof cpu>>((resolve) => setTimeout(() => resolve(cpu()), time - performance.now()));
  const window = Promise.all([at(from), at(until)]);

  const resident = async (i: number) => {
    const user = `bench-${tag}-${i}`;
    let conversation = 0;
    for (let cycle = 0; performance.now() < until; cycle++) {
      for (const turn of script.cycle(i, cycle)) {
        const activity = {
          type: 'message',
          id: `m${++messageId}`,
          text: turn.text,
          channelId: 'sms',
          serviceUrl: 'http://127.0.0.1:9',
          from: { id: user },
          recipient: { id: 'bot' },
          conversation: { id: `${user}-c${conversation}` },
          locale: script.locale,
          deliveryMode: 'expectReplies',
        };
        const sent = performance.now();
        let error: string | undefined;
        try {
          error = turn.check(replyTexts(await post(agent, url, JSON.stringify(activity))));
        } catch (e) {
          error = (e as Error).message;
        }
        const done = performance.now();
        result.checked++;
        if (error) {
          result.errors++;
          if (result.firstErrors.length < 5) result.firstErrors.push(`${user} said ${JSON.stringify(turn.text)}: ${error}`);
          conversation++; // start over in a fresh conversation
          break;
        }
        if (done >= from && done <= until) latencies.push(done - sent);
        if (done > until) break;
      }
    }
  };

  await Promise.all(Array.from({ length: residents }, (_, i) => resident(i)));
  agent.destroy();
  const [{ server: serverStart, driver: driverStart }, { server: serverEnd, driver: driverEnd }] = await window;
  latencies.sort((a, b) => a - b);
  const driverMicros = driverEnd.user + driverEnd.system - driverStart.user - driverStart.system;
  return {
    residents,
    turns: latencies.length,
    turnsPerSec: latencies.length / (measureMs / 1000),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    serverCpuMsPerTurn: serverStart === undefined || serverEnd === undefined || !latencies.length ? undefined : (serverEnd - serverStart) / latencies.length,
    driverCpuPercent: driverMicros / 10 / measureMs,
    ...result,
  };
}
