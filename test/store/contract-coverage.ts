// Which repository methods the store contract calls: every method of every repository must be called at least once.
import type { Store } from '../../src/store/types.js';

/** The repositories of a Store (everything but ping, flush and close). */
export type RepositoryName = Exclude<keyof Store, 'ping' | 'flush' | 'close'>;

type Methods<T> = { [K in keyof T]-?: true };

/**
 * Every method of every repository. Typed against the Store interfaces: a repository or method
 * added there and not listed here (or listed here and gone there) fails the typecheck, and a
 * listed method the contract never calls fails the coverage test.
 */
export const EVERY_METHOD: { [R in RepositoryName]: Methods<Store[R]> } = {
  residents: { get: true, save: true, delete: true, subscribed: true, consulted: true },
  botState: { read: true, write: true, delete: true, deleteOwnedBy: true },
  needs: { create: true, get: true, update: true, list: true, byResident: true, deleteByResident: true, publish: true, published: true, support: true },
  photos: { add: true, get: true, delete: true, deleteByResident: true },
  surveyResponses: { save: true, get: true, bySurvey: true, deleteByResident: true },
  surveys: { add: true, save: true, get: true, list: true, notInvited: true, markInvited: true },
  events: { create: true, get: true, update: true, list: true },
  announcements: { create: true, get: true, update: true, list: true },
  outbox: { add: true, claimDue: true, recoverInterrupted: true, update: true, cancelForResident: true, countsByRef: true, countsByLanguage: true, list: true, deleteByResident: true },
  registrations: { register: true, get: true, byResident: true, byEvent: true, seatsTaken: true, changeEvent: true, cancel: true, changeSeats: true, accept: true, expireOffers: true, markAttendance: true, deleteByResident: true },
  questions: { add: true, list: true, replace: true, delete: true },
  accounts: { save: true, byPrefix: true, list: true },
  audit: { add: true, list: true, replace: true, delete: true },
  feedback: { add: true, list: true, replace: true, delete: true },
};

/** Records the repository methods called through the stores it wraps. */
export class CallRecorder {
  private readonly called = new Set<string>();

  /** The same store, every repository call noted as "repository.method". */
  wrap(store: Store): Store {
    const called = this.called;
    return new Proxy(store, {
      get(target, name) {
        const value: unknown = Reflect.get(target, name, target);
        if (typeof value === 'function') return value.bind(target);
        if (typeof name !== 'string' || !(name in EVERY_METHOD) || typeof value !== 'object' || value === null) return value;
        return new Proxy(value, {
          get(repository, method) {
            const fn: unknown = Reflect.get(repository, method, repository);
            if (typeof fn !== 'function') return fn;
            called.add(`${name}.${String(method)}`);
            return fn.bind(repository);
          },
        });
      },
    });
  }

  /** The listed methods never called, as "repository.method". */
  missing(): string[] {
    return Object.entries(EVERY_METHOD).flatMap(([repository, methods]) => Object.keys(methods).map((m) => `${repository}.${m}`)).filter((m) => !this.called.has(m));
  }
}
