// What residents' questions leave for content editors, without identity: unanswered questions, "was this clear?".
import type { Language } from '../config.js';

/** A question the bot could not route, kept for content editors without contact details, and never shown with who asked. */
export interface UnansweredQuestion {
  id: string;
  /** Who asked (pseudonymous id), only so that deleting their data deletes their words too; staff never see it. */
  residentId?: string;
  text: string;
  language: Language;
  /** The topics the bot offered, best first (may be empty). */
  offered: string[];
  createdAt: string;
}

/** "Was this clear?" at the end of a procedure, without the resident's identity. */
export interface ProcedureFeedback {
  id: string;
  topic: string;
  language: Language;
  clear: boolean;
  createdAt: string;
}
