// What residents' questions leave for content editors, without identity: unanswered questions, "was this clear?".
import type { Language } from '../config.js';

/** A question the bot could not route, kept without the resident's identity for content editors. */
export interface UnansweredQuestion {
  id: string;
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
