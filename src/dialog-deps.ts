// What dialogs are built from: shared services, never per-resident data.
import type { Clock, IdGenerator } from './clock.js';
import type { Config } from './config.js';
import type { Registrations } from './events/registrations.js';
import type { Translator } from './i18n.js';
import type { Knowledge } from './knowledge/knowledge.js';
import type { Recognizer } from './recognize.js';
import type { Store } from './store/types.js';

export interface DialogDeps {
  store: Store;
  translator: Translator;
  recognizer: Recognizer;
  clock: Clock;
  newId: IdGenerator;
  config: Config;
  knowledge: Knowledge;
  /** Registration rules: dialogs register, cancel and change seats through it, never through the store. */
  registrations: Registrations;
}
