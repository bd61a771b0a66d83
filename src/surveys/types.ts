// Survey responses and survey definitions as the store keeps them, and their repositories.
import type { Language } from '../config.js';
import type { Survey } from './survey.js';

/** A resident's answers to one survey, saved after every answer so they can stop and resume. */
export interface SurveyResponse {
  /** `${surveyId}:${residentId}` */
  id: string;
  surveyId: string;
  residentId: string;
  language: Language;
  /** Answers by question id: a choice id, choice ids, a number, a boolean, an ISO date or text. */
  answers: Record<string, SurveyAnswer>;
  completedAt?: string;
  createdAt: string;
  updatedAt: string;
}

export type SurveyAnswer = string | string[] | number | boolean;

export interface SurveyResponseRepository {
  get(surveyId: string, residentId: string): Promise<SurveyResponse | undefined>;
  /** Resolves once the response is on disk. */
  save(response: SurveyResponse): Promise<void>;
  bySurvey(surveyId: string): Promise<SurveyResponse[]>;
  deleteByResident(residentId: string): Promise<number>;
}

/** A survey definition as stored, with the one mark the opening timer needs. */
export interface StoredSurvey {
  id: string;
  /** The definition, exactly as in a survey JSON file. */
  survey: Survey;
  /** The opening date (`survey.opens`) whose invitations were queued; a new opening date is invited again. */
  invitedOpening?: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * Survey definitions, shared by every instance on the same store (survey JSON files are only an
 * import and export format). Lists are in the order surveys were first stored.
 */
export interface SurveyRepository {
  get(id: string): Promise<Survey | undefined>;
  list(): Promise<Survey[]>;
  /** Stores a survey whose id is new; resolves false, changing nothing, when the id is taken. */
  add(survey: Survey, at: Date): Promise<boolean>;
  /** Stores a survey, replacing the definition with that id (its invitation mark and creation time stay). */
  save(survey: Survey, at: Date): Promise<void>;
  /** The surveys whose current opening date has not been marked invited. */
  notInvited(): Promise<Survey[]>;
  /**
   * Marks the invitations of the opening `opens` as queued. Resolves true for the first caller
   * only (across instances), false when it was already marked or the survey does not exist.
   */
  markInvited(id: string, opens: string, at: Date): Promise<boolean>;
}
