// GET /events/:id/calendar.ics — the calendar file linked from a registration confirmation (no personal data).
import type { Request, Response, Server } from 'restify';
import type { Config, Language } from '../config.js';
import type { Translator } from '../i18n.js';
import type { Store } from '../store/types.js';
import { eventCalendar } from './calendar.js';

export function registerEventCalendar(server: Server, deps: { store: Store; config: Config; translator: Translator }): void {
  server.get('/events/:id/calendar.ics', async (req: Request, res: Response) => {
    const event = await deps.store.events.get(req.params.id);
    if (!event || event.status !== 'published') {
      res.send(404, { error: { code: 'NotFound', message: 'No published event with this id.' } });
      return;
    }
    const lng = deps.translator.fromLocale(String(req.query?.lang ?? '')) ?? deps.config.defaultLanguage;
    const base = deps.config.publicUrl ?? `http://localhost:${deps.config.port}`;
    const body = eventCalendar(event, lng as Language, deps.config.defaultLanguage, deps.config.timeZone, `${base}/events/${event.id}/calendar.ics`);
    res.sendRaw(200, body, { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="event-${event.id.slice(0, 8)}.ics"` });
  });
}
