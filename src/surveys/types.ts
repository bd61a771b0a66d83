// Survey responses as the store keeps them, and their repository.
import type { Language } from '../config.js';

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
