// lowdb keeps records in memory: callers get and give copies, so no one changes a stored record by accident.

export const copy = <T>(value: T): T => structuredClone(value);

