// The emergency rules miss some dangers told in words they never saw. The topic classifier, which also learns an
// `emergency` class from our self-written tuning emergencies and a `calm` class from their near-misses, backs them
// up: when no rule fired, it may still make the bot ask one short question, "Is it happening now?".
// It only asks when all of this holds (each measured by test/understanding/emergency-crossval.ts):
// the emergency class leads every other class clearly, the message is a sentence (short words such as "stop" or
// a menu label read as anything), no calm cue says it is past or elsewhere, and no one clear topic is named.
// The dialogs add what only they know: a message that answers the question on screen is never asked about.
import type { EmergencyKind } from '../knowledge/emergency.js';
import type { EmergencyReading } from './emergency.js';

/** A reading the rules made, or one the backstop made (always unsure, never a kind it could tell). */
export type BackstopReading = EmergencyReading & { backstop?: true };

export interface BackstopTuning {
  /** How far the emergency class must lead the best other class (probabilities). */
  lead: number;
  /** Fewer words than this are never asked about: a command, an option, a short answer. */
  minWords: number;
}

/**
 * Measured by five-fold cross-validation over the tuning emergencies and near-misses (see the README): leads
 * below 0.7 asked on "what do we do if there is a fire in the cellar?" and a lock change after a break-up.
 */
export const DEFAULT_BACKSTOP: BackstopTuning = { lead: 0.7, minWords: 4 };

/** The classifier cannot tell which danger: the kind whose numbers (the general emergency number) fit any. */
export const BACKSTOP_KIND: EmergencyKind = 'injury';

/** What the backstop weighs about one message. */
export interface BackstopSignal {
  /** The emergency class's lead over the best other class; undefined when the classifier knows no word of it. */
  lead: number | undefined;
  /** Words in the message as written. */
  words: number;
  /** A calm cue (past, news, a bill, "what if"). */
  calm: boolean;
  /** The topic router names one clear topic (computed only when the rest would ask). */
  clearTopic: () => boolean;
}

export function backstopAsks(signal: BackstopSignal, tuning: BackstopTuning = DEFAULT_BACKSTOP): boolean {
  if (signal.lead === undefined || signal.lead < tuning.lead) return false;
  if (signal.words < tuning.minWords || signal.calm) return false;
  return !signal.clearTopic();
}
