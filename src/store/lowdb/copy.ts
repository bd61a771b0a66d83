// lowdb keeps records in memory: callers get and give copies, so no one changes a stored record by accident.

export const copy = <T>(value: T): T => structuredClone(value);

/** Bot state is JSON through and through (the SDK's own storages serialise it): a JSON copy is twice as fast. */
export const jsonCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
