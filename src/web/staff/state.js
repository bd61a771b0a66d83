// What the staff views share: the needs filters (their dates also frame the charts) and the latest statistics.
export const shared = {
  filters: {},
  stats: undefined,
};

export const dateRange = () => ({ from: shared.filters.from, to: shared.filters.to });

// Each list keeps only its latest answer: a slow older request never overwrites a newer one.
const latest = {};
/** Runs a load; undefined when a newer load of the same name started meanwhile. */
export async function fetchLatest(name, load) {
  const request = (latest[name] = (latest[name] || 0) + 1);
  const result = await load();
  return request === latest[name] ? result : undefined;
}
