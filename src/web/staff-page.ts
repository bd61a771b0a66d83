// The staff dashboard: GET /staff (one static page), its scripts and style, and Chart.js from node_modules.
// The page talks to the staff API (/api/staff) with a staff key, or only to the partner API
// (/api/partners) with a partner key; nothing here needs a key.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../config.js';
import type { Translator } from '../i18n.js';
import { loadPackManifest } from '../knowledge/content.js';
import { packsDir } from '../knowledge/knowledge.js';
import type { Logger } from '../logger.js';
import { webDir } from '../paths.js';
import { NEWS_TOPICS } from '../store/types.js';

/** Chart.js's exports map points at dist/chart.cjs; its UMD build sits next to it. */
function chartBundlePath(): string {
  const main = createRequire(import.meta.url).resolve('chart.js');
  return join(dirname(main), 'chart.umd.min.js');
}

/**
 * Everything is served by this server: scripts only from here, no inline script, no inline style
 * attribute, no framing. A resident's text that slipped into the page as HTML could not run.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // blob: for the residents' photos, fetched with the staff key and shown from memory.
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const STAFF_LANGUAGES = ['fr', 'en'] as const;
/** A module file name: lower-case words and dashes, so no path can leave src/web/staff. */
const MODULE_NAME = /^[a-z][a-z0-9-]*\.js$/;

/** Labels the page needs from configuration and locales, embedded as JSON in the page (not secret). */
function pageConfig(config: Config, translator: Translator, logger: Logger) {
  const resource = (lng: string, key: string) => {
    const [ns, path] = key.split(':') as [string, string];
    const value = translator.i18n.getResource(lng, ns, path) as unknown;
    return typeof value === 'string' ? value : undefined;
  };
  // Each staff language, else French (the reference), else the id; English may not be enabled for residents.
  const label = (key: string, fallback: string) =>
    Object.fromEntries(STAFF_LANGUAGES.map((lng) => [lng, resource(lng, key) ?? resource('fr', key) ?? fallback]));
  let topics: Record<string, Record<string, string>> = {};
  try {
    const namespace = loadPackManifest(config.contentPack, packsDir).namespace;
    const ids = Object.keys((translator.i18n.getResource('fr', namespace, 'topics') as Record<string, unknown> | undefined) ?? {});
    topics = Object.fromEntries(ids.map((id) => [id, label(`${namespace}:topics.${id}.title`, id)]));
  } catch (error) {
    logger.warn({ err: error }, 'staff page: procedure titles unavailable; topic ids shown instead');
  }
  return {
    languages: config.languages,
    sites: config.sites,
    categories: config.needCategories.map((id) => ({ id, label: label(`needs:categories.${id}`, id) })),
    topics,
    // One list of news topics with the names residents read in the bot's menu (partner form, staff views).
    newsTopics: NEWS_TOPICS.map((id) => ({ id, label: label(`news:topics.names.${id}`, id) })),
    timeZone: config.timeZone,
  };
}

export function registerStaffPage(server: Server, deps: { config: Config; translator: Translator; logger: Logger }): void {
  const { config, translator, logger } = deps;
  const file = (name: string) => readFile(join(webDir, name));
  let chart: Buffer | undefined;
  let embedded: string | undefined;

  server.get('/staff', async (_req: Request, res: Response) => {
    // JSON inside <script type="application/json">: "<" escaped so no text can close the element.
    embedded ??= JSON.stringify(pageConfig(config, translator, logger)).replace(/</g, '\\u003c');
    const html = (await file('staff.html')).toString('utf8').replace('__STAFF_CONFIG__', () => embedded!);
    res.sendRaw(200, html, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    });
  });

  // The dashboard's ES modules (src/web/staff/*.js), one per view plus a few shared ones.
  server.get('/staff/modules/:name', async (req: Request, res: Response) => {
    const name = String(req.params.name ?? '');
    const source = MODULE_NAME.test(name) ? await readFile(join(webDir, 'staff', name)).catch(() => undefined) : undefined;
    if (!source) {
      res.sendRaw(404, 'Not found', { 'content-type': 'text/plain; charset=utf-8' });
      return;
    }
    res.sendRaw(200, source, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
  });

  // The partner space (a partner key signing in at /staff): its own script, same page and style.
  server.get('/staff/partner.js', async (_req: Request, res: Response) => {
    res.sendRaw(200, await file('partner.js'), { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
  });
  server.get('/staff/partner-surveys.js', async (_req: Request, res: Response) => {
    res.sendRaw(200, await file('partner-surveys.js'), { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
  });

  server.get('/staff/staff.css', async (_req: Request, res: Response) => {
    res.sendRaw(200, await file('staff.css'), { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' });
  });

  server.get('/staff/chart.umd.js', async (_req: Request, res: Response) => {
    chart ??= await readFile(chartBundlePath());
    res.sendRaw(200, chart, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'max-age=3600' });
  });
}
