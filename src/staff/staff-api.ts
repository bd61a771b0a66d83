// The staff and partner API: every route under /api/staff and /api/partners, through one route helper; its OpenAPI description.
import type { Request, Response, Server } from 'restify';
import { SurveyCatalogue } from '../surveys/catalogue.js';
import { StaffAuth } from './auth.js';
import { registerAccountRoutes } from './account-routes.js';
import { registerEraseRoutes } from './erase-routes.js';
import { registerAnnouncementRoutes } from './announcement-routes.js';
import { registerEventRoutes } from './event-routes.js';
import { registerExportRoutes } from './export-routes.js';
import { registerNeedHistoryRoutes } from './need-history.js';
import { registerNeedRoutes } from './needs-routes.js';
import { registerConsultationRoutes } from './consultation-routes.js';
import { openApiDocument } from './openapi.js';
import { registerOutboxRoutes } from './outbox-routes.js';
import { registerReviewRoutes } from './review-routes.js';
import { routeRegistrar, type StaffApiDeps } from './route.js';
import { registerSurveyRoutes } from './survey-routes.js';

export function registerStaffApi(server: Server, deps: Omit<StaffApiDeps, 'auth' | 'surveys'>): void {
  const full: StaffApiDeps = { ...deps, auth: new StaffAuth(deps.store, deps.clock), surveys: new SurveyCatalogue(deps.store.surveys, deps.clock, deps.config.timeZone) };
  const routes = routeRegistrar(server, full);
  for (const register of [registerNeedRoutes, registerNeedHistoryRoutes, registerReviewRoutes, registerSurveyRoutes, registerConsultationRoutes, registerExportRoutes, registerEventRoutes, registerAnnouncementRoutes, registerOutboxRoutes, registerAccountRoutes, registerEraseRoutes]) {
    register(routes, full);
  }
  server.get('/api/openapi.json', async (_req: Request, res: Response) => {
    res.send(200, openApiDocument);
  });
}
