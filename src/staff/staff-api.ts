// The staff API: everything under /api/staff, authenticated with API keys; its OpenAPI description.
import type { Request, Response, Server } from 'restify';
import type { Clock, IdGenerator } from '../clock.js';
import type { Config } from '../config.js';
import type { Translator } from '../i18n.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';
import { SurveyCatalogue } from '../surveys/catalogue.js';
import { StaffAuth } from './auth.js';
import { registerAnnouncementRoutes } from './announcement-routes.js';
import { registerEventRoutes } from './event-routes.js';
import { registerExportRoutes } from './export-routes.js';
import { registerNeedRoutes } from './needs-routes.js';
import { openApiDocument } from './openapi.js';
import { registerOutboxRoutes } from './outbox-routes.js';
import { registerReviewRoutes } from './review-routes.js';
import { registerSurveyRoutes } from './survey-routes.js';

export interface StaffApiDeps {
  store: Store;
  config: Config;
  clock: Clock;
  newId: IdGenerator;
  logger: Logger;
  translator: Translator;
  auth: StaffAuth;
  surveys: SurveyCatalogue;
  /** The outbox worker, told to send now after an approval (it also runs on its own interval). */
  outbox?: { kick(): void };
}

export function registerStaffApi(server: Server, deps: Omit<StaffApiDeps, 'auth' | 'surveys'>): void {
  const full: StaffApiDeps = { ...deps, auth: new StaffAuth(deps.store, deps.clock), surveys: new SurveyCatalogue(deps.config.surveysDir, deps.logger) };
  registerNeedRoutes(server, full);
  registerReviewRoutes(server, full);
  registerSurveyRoutes(server, full);
  registerExportRoutes(server, full);
  registerEventRoutes(server, full);
  registerAnnouncementRoutes(server, full);
  registerOutboxRoutes(server, full);
  server.get('/api/openapi.json', async (_req: Request, res: Response) => {
    res.send(200, openApiDocument);
  });
}
