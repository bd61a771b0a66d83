// What every dialog needs to know about the current turn: language, `t`, and the resident.
import type { TurnContext } from 'botbuilder';
import type { Language } from './config.js';
import type { TFunction } from './i18n.js';
import type { Resident } from './store/types.js';

export interface TurnData {
  lng: Language;
  t: TFunction;
  resident: Resident;
  /** The language the resident had before this turn, when this turn changed it. */
  switchedFrom?: Language;
}

const TURN_DATA = Symbol('palier.turn');

export function setTurnData(context: TurnContext, data: TurnData): void {
  context.turnState.set(TURN_DATA, data);
}

/** The language, `t` and resident of this turn, set by the resident middleware. */
export function turnData(context: TurnContext): TurnData {
  const data = context.turnState.get(TURN_DATA) as TurnData | undefined;
  if (!data) throw new Error('turnData: the resident middleware did not run for this turn');
  return data;
}
