// What an event form changed, as the smallest PATCH body: texts only in the languages edited (the
// server keeps the others), times, place and capacity only when they differ from the event.
const same = (a, b) => (a ?? '') === (b ?? '');

/**
 * `draft` is what the form holds: { title: {fr: ...}, description: {...}, start, end (ISO),
 * place: { address, site }, capacity }. Empty texts are left out (a language is never wiped).
 */
export function eventChanges(event, draft) {
  const body = {};
  for (const field of ['title', 'description']) {
    const changed = Object.entries(draft[field] || {}).filter(([code, text]) => text && !same(text, (event[field] || {})[code]));
    if (changed.length) body[field] = Object.fromEntries(changed);
  }
  for (const field of ['start', 'end']) if (draft[field] && Date.parse(draft[field]) !== Date.parse(event[field])) body[field] = draft[field];
  const place = event.place || {};
  if (draft.place && (!same(draft.place.address, place.address) || !same(draft.place.site, place.site))) {
    body.place = draft.place.site ? { address: draft.place.address, site: draft.place.site } : { address: draft.place.address };
  }
  if (draft.capacity !== undefined && draft.capacity !== event.capacity) body.capacity = draft.capacity;
  if (draft.maxSeatsPerRegistration !== undefined && draft.maxSeatsPerRegistration !== event.maxSeatsPerRegistration) body.maxSeatsPerRegistration = draft.maxSeatsPerRegistration;
  return body;
}
