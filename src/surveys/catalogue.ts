// The surveys residents and staff see: the definitions in the store, plus development's example surveys.
import type { Clock } from '../clock.js';
import type { SurveyRepository } from '../store/types.js';
import { isOpenFor, type Survey } from './survey.js';

export class SurveyCatalogue {
  /**
   * @param timeZone the landlord's time zone: opening and closing dates without a time are local days there.
   * @param examples surveys offered besides the stored ones (development's example content, never stored).
   */
  constructor(
    private readonly repository: SurveyRepository,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly examples: readonly Survey[] = [],
  ) {
    if (!repository || !clock || !timeZone) throw new Error('SurveyCatalogue: a survey repository, a clock and a time zone are required');
  }

  /** Every survey, stored first (in the order they were created), then examples whose id is not stored. */
  async all(): Promise<Survey[]> {
    const stored = await this.repository.list();
    return [...stored, ...this.examples.filter((e) => !stored.some((s) => s.id === e.id))];
  }

  async openFor(now: Date, site: string | undefined): Promise<Survey[]> {
    return (await this.all()).filter((s) => isOpenFor(s, now, site, this.timeZone));
  }

  async get(id: string): Promise<Survey | undefined> {
    return (await this.repository.get(id)) ?? this.examples.find((s) => s.id === id);
  }

  /** Stores a new survey; false when the id is taken (on any instance). */
  add(survey: Survey): Promise<boolean> {
    return this.repository.add(survey, this.clock.now());
  }

  /** Stores a survey, replacing the one with its id. */
  save(survey: Survey): Promise<void> {
    return this.repository.save(survey, this.clock.now());
  }
}
