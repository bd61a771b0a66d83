// The Store contract: one repository per collection, each typed beside its domain; re-exported here so imports stay easy.
import type { AccountRepository } from '../staff/account-types.js';
import type { AuditEntry } from '../audit.js';
import type { AnnouncementRepository } from '../news/types.js';
import type { EventRepository, RegistrationRepository } from '../events/types.js';
import type { NeedRepository } from '../needs/types.js';
import type { OutboxRepository } from '../outbox/types.js';
import type { PhotoRepository } from '../photos/types.js';
import type { ProcedureFeedback, UnansweredQuestion } from '../knowledge/feedback-types.js';
import type { ResidentRepository } from '../residents/types.js';
import type { SurveyRepository, SurveyResponseRepository } from '../surveys/types.js';
import type { LogRepository } from './common.js';
import type { BotStateRepository } from './state-types.js';

export type { AuditEntry } from '../audit.js';
export * from '../events/types.js';
export type * from '../knowledge/feedback-types.js';
export * from '../needs/types.js';
export * from '../news/types.js';
export type * from '../outbox/types.js';
export * from '../photos/types.js';
export type * from '../residents/types.js';
export type * from '../staff/account-types.js';
export type * from '../surveys/types.js';
export type * from './common.js';
export * from './state-types.js';

export interface Store {
  readonly residents: ResidentRepository;
  readonly botState: BotStateRepository;
  readonly needs: NeedRepository;
  /** Photos residents attach to needs (the bytes stay out of the need records). */
  readonly photos: PhotoRepository;
  readonly surveyResponses: SurveyResponseRepository;
  /** Survey definitions (JSON files are an import and export format). */
  readonly surveys: SurveyRepository;
  readonly events: EventRepository;
  readonly announcements: AnnouncementRepository;
  readonly outbox: OutboxRepository;
  readonly registrations: RegistrationRepository;
  readonly questions: LogRepository<UnansweredQuestion>;
  readonly accounts: AccountRepository;
  readonly audit: LogRepository<AuditEntry>;
  readonly feedback: LogRepository<ProcedureFeedback>;
  /** Rejects when the store cannot be read (used by /healthz). */
  ping(): Promise<void>;
  /** Resolves when every write accepted so far is durable. */
  flush(): Promise<void>;
  close(): Promise<void>;
}
