// The rest of the Store contract: events, registrations' freed seats, announcements, accounts, logs, survey responses,
// need filters, published ideas, outbox lists, resident lists.
// Every expected value is written here, never taken from another engine's answer.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Survey } from '../../src/surveys/survey.js';
import type { Account, AuditEntry, CommunityEvent, NewNeed, OutboxMessage, ProcedureFeedback, Registration, Resident, Store, SurveyResponse, UnansweredQuestion } from '../../src/store/types.js';

const at = (iso: string) => new Date(iso);

const resident = (id: string, over: Partial<Resident> = {}): Resident => ({
  id, language: 'fr', languageSource: 'chosen', consents: [], createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-01T08:00:00.000Z', ...over,
});

const event = (over: Partial<CommunityEvent> = {}): Omit<CommunityEvent, 'id' | 'createdAt' | 'updatedAt'> => ({
  title: { fr: 'Atelier compost', tr: 'Kompost atölyesi' },
  description: { fr: 'Apprendre à composter.' },
  start: '2026-12-05T13:00:00.000Z',
  end: '2026-12-05T15:00:00.000Z',
  place: { address: '4 allée des Tilleuls', site: 'Les Tilleuls' },
  capacity: 12,
  maxSeatsPerRegistration: 3,
  audience: ['families'],
  topics: ['gardens'],
  organiser: { kind: 'partner', accountId: 'p1', name: 'Centre social' },
  status: 'pending',
  ...over,
});

/** Runs inside the engine's contract suite; `current` is the store its hooks opened for this test. */
export function repositoriesContract(current: () => Store): void {
  describe('every repository', () => {
    let store: Store;
    beforeEach(() => {
      store = current();
    });

    it('events: creates with an id and times, reads, patches, and lists by start with each filter', async () => {
      const december = await store.events.create(event(), at('2026-11-20T09:00:00.000Z'));
      const november = await store.events.create(event({ start: '2026-11-28T10:00:00.000Z', end: '2026-11-28T12:00:00.000Z', status: 'published', organiser: { kind: 'staff', name: 'Agence' } }), at('2026-11-21T09:00:00.000Z'));
      expect(december).toMatchObject({ id: expect.any(String), createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-20T09:00:00.000Z', title: { fr: 'Atelier compost', tr: 'Kompost atölyesi' } });
      expect(await store.events.get(december.id)).toEqual(december);
      expect(await store.events.get('no-such-event')).toBeUndefined();
      const updated = await store.events.update(december.id, { status: 'published', capacity: 15, updatedAt: '2026-11-22T09:00:00.000Z' });
      expect(updated).toMatchObject({ status: 'published', capacity: 15, updatedAt: '2026-11-22T09:00:00.000Z', createdAt: '2026-11-20T09:00:00.000Z' });
      expect(await store.events.update('no-such-event', { capacity: 1 })).toBeUndefined();
      const ids = (events: CommunityEvent[]) => events.map((e) => e.id);
      expect(ids(await store.events.list())).toEqual([november.id, december.id]);
      expect(ids(await store.events.list({ from: '2026-12-01T00:00:00.000Z' }))).toEqual([december.id]);
      expect(ids(await store.events.list({ to: '2026-12-01T00:00:00.000Z' }))).toEqual([november.id]);
      expect(ids(await store.events.list({ organiserAccountId: 'p1' }))).toEqual([december.id]);
      expect(ids(await store.events.list({ status: 'published' }))).toEqual([november.id, december.id]);
      expect(await store.events.list({ status: 'rejected' })).toEqual([]);
    });

    it('announcements: creates pending, records the decision, lists newest first by status and author', async () => {
      const author = { kind: 'partner' as const, accountId: 'p1', name: 'Centre social' };
      const first = await store.announcements.create({ text: { fr: 'Vide-grenier dimanche' }, topics: ['culture'], sites: [], author, status: 'pending' }, at('2026-11-20T09:00:00.000Z'));
      const second = await store.announcements.create({ text: { fr: 'Coupure d’eau mardi', ar: 'انقطاع الماء يوم الثلاثاء' }, topics: ['works'], sites: ['Les Tilleuls'], author: { kind: 'staff', accountId: 's1', name: 'Agence' }, status: 'approved' }, at('2026-11-21T09:00:00.000Z'));
      expect(await store.announcements.get(first.id)).toEqual({ ...first, id: expect.any(String), createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-20T09:00:00.000Z' });
      expect((await store.announcements.list()).map((a) => a.id)).toEqual([second.id, first.id]);
      expect((await store.announcements.list({ authorAccountId: 'p1' })).map((a) => a.id)).toEqual([first.id]);
      expect((await store.announcements.list({ status: 'approved' })).map((a) => a.id)).toEqual([second.id]);
      const rejected = await store.announcements.update(first.id, { status: 'rejected', updatedAt: '2026-11-22T09:00:00.000Z' });
      expect(rejected).toMatchObject({ status: 'rejected', updatedAt: '2026-11-22T09:00:00.000Z', text: { fr: 'Vide-grenier dimanche' } });
      expect(await store.announcements.get('no-such-announcement')).toBeUndefined();
      expect(await store.announcements.update('no-such-announcement', { status: 'approved' })).toBeUndefined();
    });

    it('accounts: found by key prefix, listed by creation, revoked by saving again', async () => {
      const account = (id: string, createdAt: string): Account => ({ id, name: `Compte ${id}`, role: 'staff', keyPrefix: `pfx${id}`, keySalt: 'c2FsdA', keyHash: 'aGFzaA', createdAt });
      await store.accounts.save(account('b', '2026-11-02T00:00:00.000Z'));
      await store.accounts.save(account('a', '2026-11-01T00:00:00.000Z'));
      expect(await store.accounts.byPrefix('pfxb')).toEqual(account('b', '2026-11-02T00:00:00.000Z'));
      expect(await store.accounts.byPrefix('pfxz')).toBeUndefined();
      expect((await store.accounts.list()).map((a) => a.id)).toEqual(['a', 'b']);
      await store.accounts.save({ ...account('b', '2026-11-02T00:00:00.000Z'), revokedAt: '2026-11-03T00:00:00.000Z' });
      expect((await store.accounts.byPrefix('pfxb'))?.revokedAt).toBe('2026-11-03T00:00:00.000Z');
      expect(await store.accounts.list()).toHaveLength(2);
    });

    it('logs (audit, unanswered questions, feedback): kept in creation order, from inclusive, to exclusive', async () => {
      const audit = (id: string, createdAt: string): AuditEntry => ({ id, at: createdAt, createdAt, by: 'Agence Nord (s1)', action: 'need.status', target: 'B-2026-0001', details: { from: 'new', to: 'done' } });
      await store.audit.add(audit('a2', '2026-11-02T10:00:00.000Z'));
      await store.audit.add(audit('a1', '2026-11-01T10:00:00.000Z'));
      await store.audit.add(audit('a3', '2026-12-01T00:00:00.000Z'));
      expect((await store.audit.list()).map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
      expect((await store.audit.list({ from: '2026-11-02T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' })).map((a) => a.id)).toEqual(['a2']);
      expect((await store.audit.list())[0]).toEqual(audit('a1', '2026-11-01T10:00:00.000Z'));

      const question: UnansweredQuestion = { id: 'q1', text: 'kira yardımı nasıl alınır', language: 'tr', offered: ['housing-allowance'], createdAt: '2026-11-05T10:00:00.000Z' };
      await store.questions.add(question);
      expect(await store.questions.list({ from: '2026-11-01T00:00:00.000Z' })).toEqual([question]);
      expect(await store.questions.list({ to: '2026-11-05T10:00:00.000Z' })).toEqual([]);

      const feedback: ProcedureFeedback = { id: 'f1', topic: 'rent-arrears', language: 'ar', clear: false, createdAt: '2026-11-06T10:00:00.000Z' };
      await store.feedback.add(feedback);
      await store.feedback.add({ ...feedback, id: 'f2', clear: true, createdAt: '2026-11-07T10:00:00.000Z' });
      expect((await store.feedback.list()).map((f) => [f.id, f.clear])).toEqual([['f1', false], ['f2', true]]);

      // A resident's deletion: entries removed by id (unknown ids ignored), a kept one rewritten in place.
      expect(await store.audit.delete(['a2', 'nope'])).toBe(1);
      await store.audit.replace({ ...audit('a1', '2026-11-01T10:00:00.000Z'), details: { note: '[…]' } });
      expect((await store.audit.list()).map((a) => [a.id, a.details.note])).toEqual([['a1', '[…]'], ['a3', undefined]]);
      await store.questions.replace({ ...question, text: 'kira yardımı […]' });
      expect((await store.questions.list()).map((q) => q.text)).toEqual(['kira yardımı […]']);
      expect(await store.questions.delete(['q1'])).toBe(1);
      expect(await store.questions.list()).toEqual([]);
      await store.feedback.replace({ ...feedback, clear: true });
      expect(await store.feedback.delete(['f2', 'f9'])).toBe(1);
      expect(await store.feedback.list()).toEqual([{ ...feedback, clear: true }]);
    });

    it('survey responses: one per survey and resident, saved again as answers come, deleted with the resident', async () => {
      const response = (surveyId: string, residentId: string, answers: SurveyResponse['answers']): SurveyResponse => ({
        id: `${surveyId}:${residentId}`, surveyId, residentId, language: 'pt', answers, createdAt: '2026-11-10T10:00:00.000Z', updatedAt: '2026-11-10T10:00:00.000Z',
      });
      await store.surveyResponses.save(response('garden', 'r1', { q1: 'yes' }));
      await store.surveyResponses.save({ ...response('garden', 'r1', { q1: 'yes', q2: ['tomatoes', 'herbs'], q3: 4 }), completedAt: '2026-11-10T10:05:00.000Z' });
      await store.surveyResponses.save(response('garden', 'r2', { q1: false }));
      await store.surveyResponses.save(response('noise', 'r1', { q1: 'evenings' }));
      expect(await store.surveyResponses.get('garden', 'r1')).toEqual({ ...response('garden', 'r1', { q1: 'yes', q2: ['tomatoes', 'herbs'], q3: 4 }), completedAt: '2026-11-10T10:05:00.000Z' });
      expect(await store.surveyResponses.get('garden', 'r9')).toBeUndefined();
      expect((await store.surveyResponses.bySurvey('garden')).map((r) => r.residentId).sort()).toEqual(['r1', 'r2']);
      expect(await store.surveyResponses.deleteByResident('r1')).toBe(2);
      expect((await store.surveyResponses.bySurvey('garden')).map((r) => r.residentId)).toEqual(['r2']);
      expect(await store.surveyResponses.bySurvey('noise')).toEqual([]);
    });

    it('ideas: published for a site (or every site), supported once per resident, support removed with the resident', async () => {
      const idea = (site: string | undefined) => ({ residentId: 'author', type: 'idea' as const, category: 'green', text: 'Des bacs à fleurs devant le hall', language: 'fr' as const, site, notifyOnStatus: false, channel: 'sms' });
      const here = await store.needs.create(idea('Les Tilleuls'), at('2026-11-01T10:00:00.000Z'));
      const everywhere = await store.needs.create(idea(undefined), at('2026-11-02T10:00:00.000Z'));
      const elsewhere = await store.needs.create(idea('Le Clos Vert'), at('2026-11-03T10:00:00.000Z'));
      expect(await store.needs.support(here.id, 'r1')).toBeUndefined(); // not published yet
      const published = await store.needs.publish(here.id, { at: '2026-11-10T10:00:00.000Z', by: 'Agence', translations: { ar: 'أحواض زهور أمام المدخل' } });
      expect(published).toMatchObject({ published: { at: '2026-11-10T10:00:00.000Z', by: 'Agence', translations: { ar: 'أحواض زهور أمام المدخل' } }, supporters: [] });
      await store.needs.publish(everywhere.id, { at: '2026-11-11T10:00:00.000Z', by: 'Agence', translations: {} });
      await store.needs.publish(elsewhere.id, { at: '2026-11-12T10:00:00.000Z', by: 'Agence', translations: {} });
      expect((await store.needs.published('Les Tilleuls')).map((n) => n.id)).toEqual([everywhere.id, here.id]);
      expect((await store.needs.published()).map((n) => n.id)).toEqual([elsewhere.id, everywhere.id, here.id]);
      expect(await store.needs.support(here.id, 'r1')).toEqual({ added: true, count: 1 });
      expect(await store.needs.support(here.id, 'r1')).toEqual({ added: false, count: 1 });
      expect(await store.needs.support(here.id, 'r2')).toEqual({ added: true, count: 2 });
      expect(await store.needs.publish('no-such-need', { at: '2026-11-10T10:00:00.000Z', by: 'Agence', translations: {} })).toBeUndefined();
      expect(await store.needs.deleteByResident('r1')).toBe(0);
      expect((await store.needs.get(here.id))?.supporters).toEqual(['r2']);
    });

    it('surveys: added once per id, replaced keeping their mark, listed in order; each opening marked invited once', async () => {
      const noise: Survey = { id: 'noise', title: { fr: 'Le bruit', ar: 'الضجيج' }, target: { sites: ['Les Tilleuls'], groups: ['age-65-plus'] }, opens: '2026-12-10', closes: '2026-12-31', questions: [{ id: 'q', type: 'single', text: { fr: 'Quand ?' }, options: [{ id: 'day', label: { fr: 'Le jour' } }, { id: 'night', label: { fr: 'La nuit' } }] }] };
      const garden: Survey = { id: 'garden', title: { fr: 'Le jardin' }, target: { sites: [], groups: [] }, opens: '2026-11-01T08:00:00.000Z', closes: '2026-11-30', questions: [{ id: 'q', type: 'yesno', text: { fr: 'Un potager ?' } }], partner: { accountId: 'p1', name: 'Centre social' } };
      expect(await store.surveys.add(noise, at('2026-11-20T09:00:00.000Z'))).toBe(true);
      expect(await store.surveys.add(garden, at('2026-11-21T09:00:00.000Z'))).toBe(true);
      expect(await store.surveys.add({ ...noise, title: { fr: 'Autre' } }, at('2026-11-22T09:00:00.000Z'))).toBe(false);
      expect(await store.surveys.get('noise')).toEqual(noise);
      expect(await store.surveys.get('no-such-survey')).toBeUndefined();
      expect(await store.surveys.list()).toEqual([noise, garden]);
      const read = (await store.surveys.get('noise'))!;
      read.title.fr = 'changed by a caller';
      expect((await store.surveys.get('noise'))!.title.fr).toBe('Le bruit');

      expect((await store.surveys.notInvited()).map((s) => s.id)).toEqual(['noise', 'garden']);
      expect(await store.surveys.markInvited('noise', '2026-12-10', at('2026-12-10T00:00:30.000Z'))).toBe(true);
      expect(await store.surveys.markInvited('noise', '2026-12-10', at('2026-12-10T00:01:00.000Z'))).toBe(false);
      expect(await store.surveys.markInvited('no-such-survey', '2026-12-10', at('2026-12-10T00:01:00.000Z'))).toBe(false);
      expect((await store.surveys.notInvited()).map((s) => s.id)).toEqual(['garden']);
      // Saving again keeps the mark and the order; a new opening date is a new opening, to invite again.
      await store.surveys.save({ ...noise, closes: '2027-01-15' }, at('2026-12-11T09:00:00.000Z'));
      expect((await store.surveys.notInvited()).map((s) => s.id)).toEqual(['garden']);
      expect((await store.surveys.list()).map((s) => [s.id, s.closes])).toEqual([['noise', '2027-01-15'], ['garden', '2026-11-30']]);
      await store.surveys.save({ ...noise, opens: '2027-01-05', closes: '2027-01-15' }, at('2026-12-12T09:00:00.000Z'));
      expect((await store.surveys.notInvited()).map((s) => s.id)).toEqual(['noise', 'garden']);
      expect(await store.surveys.markInvited('noise', '2027-01-05', at('2027-01-05T00:00:30.000Z'))).toBe(true);
      await store.surveys.save({ ...garden, id: 'third' }, at('2026-12-13T09:00:00.000Z'));
      expect((await store.surveys.list()).map((s) => s.id)).toEqual(['noise', 'garden', 'third']);
    });

    it('registrations: listed by event in waitlist order; closed events refused; every freed seat returns its offer', async () => {
      const e = await store.events.create(event({ status: 'published', capacity: 3 }), at('2026-11-20T09:00:00.000Z'));
      const monday = at('2026-11-24T10:00:00.000Z');
      const input = (residentId: string, seats: number) => ({ eventId: e.id, residentId, seats, waitlist: true, reminder: true, language: 'fr' as const });
      const reg = async (residentId: string, seats: number, when = monday): Promise<Registration> => {
        const outcome = await store.registrations.register(input(residentId, seats), when);
        if (!('registration' in outcome)) throw new Error(JSON.stringify(outcome));
        return outcome.registration;
      };
      const ra = await reg('ra', 3);
      await reg('rb', 2);
      await reg('rc', 1);
      const rows = (list: Registration[]) => list.map((r) => [r.residentId, r.status, r.seats, r.offerExpiresAt]);
      expect(rows(await store.registrations.byEvent(e.id))).toEqual([['ra', 'confirmed', 3, undefined], ['rb', 'waitlisted', 2, undefined], ['rc', 'waitlisted', 1, undefined]]);
      expect(await store.registrations.byEvent('no-such-event')).toEqual([]);
      expect(await store.registrations.register({ ...input('x', 1), eventId: 'no-such-event' }, monday)).toEqual({ closed: true });
      expect(await store.registrations.register(input('x', 1), at('2026-12-05T13:00:00.000Z'))).toEqual({ closed: true }); // it has started

      // Fewer seats: the two freed go to rb (first in line, and it fits), offered for 24 hours.
      const fewer = await store.registrations.changeSeats(ra.id, 1, monday);
      expect({ changed: fewer.changed, offers: rows(fewer.offers) }).toEqual({ changed: true, offers: [['rb', 'offered', 2, '2026-11-25T10:00:00.000Z']] });
      // A resident's data deleted: their seat goes to rc.
      const noon = at('2026-11-24T12:00:00.000Z');
      const deleted = await store.registrations.deleteByResident('ra', noon);
      expect({ deleted: deleted.deleted, offers: rows(deleted.offers) }).toEqual({ deleted: 1, offers: [['rc', 'offered', 1, '2026-11-25T12:00:00.000Z']] });
      await reg('rd', 2, noon);
      expect(await store.registrations.seatsTaken(e.id, noon)).toBe(3);
      // rb lets the offer lapse: its two seats go to rd.
      const tuesday = at('2026-11-25T11:00:00.000Z');
      expect(rows(await store.registrations.expireOffers(tuesday))).toEqual([['rd', 'offered', 2, '2026-11-26T11:00:00.000Z']]);
      expect(rows(await store.registrations.byResident('rb'))).toEqual([['rb', 'cancelled', 2, undefined]]);
      expect(await store.registrations.seatsTaken(e.id, tuesday)).toBe(3);
      expect(await store.registrations.expireOffers(tuesday)).toEqual([]);
      expect(await store.registrations.markAttendance('no-such-registration', true, tuesday)).toBeUndefined();
    });

    it('needs: listed by creation between two dates (from inclusive, to exclusive) and by type; a field removed by an update is gone', async () => {
      const need = (over: Partial<NewNeed>): NewNeed => ({ residentId: 'r1', type: 'need', category: 'building', text: 'Fuite au plafond', language: 'es', notifyOnStatus: false, channel: 'sms', ...over });
      const november = await store.needs.create(need({ contact: { kind: 'phone', value: '+33612345678' } }), at('2026-11-24T10:00:00.000Z'));
      const idea = await store.needs.create(need({ type: 'idea', category: 'green', text: 'Un jardín' }), at('2026-11-25T10:00:00.000Z'));
      const january = await store.needs.create(need({ type: 'callback' }), at('2027-01-03T10:00:00.000Z'));
      const ids = (list: { id: string }[]) => list.map((n) => n.id);
      expect(ids(await store.needs.list({ from: '2026-11-24T10:00:00.000Z', to: '2027-01-01' }))).toEqual([november.id, idea.id]);
      expect(ids(await store.needs.list({ from: '2026-11-24T10:30:00.000Z' }))).toEqual([idea.id, january.id]);
      expect(ids(await store.needs.list({ to: '2026-11-25T10:00:00.000Z' }))).toEqual([november.id]);
      expect(ids(await store.needs.list({ type: 'idea' }))).toEqual([idea.id]);
      expect(ids(await store.needs.list({ type: 'callback', status: 'new' }))).toEqual([january.id]);
      const updated = await store.needs.update(november.id, { contact: undefined, notifyOnStatus: true, updatedAt: '2026-11-26T10:00:00.000Z' });
      expect(updated).toMatchObject({ id: november.id, notifyOnStatus: true, updatedAt: '2026-11-26T10:00:00.000Z', createdAt: '2026-11-24T10:00:00.000Z' });
      expect((await store.needs.get(november.id))?.contact).toBeUndefined();
      expect(await store.needs.update('no-such-need', { status: 'done' })).toBeUndefined();
    });

    it('outbox: lists by reference and by status; an update clears a field given as undefined; a retried claim keeps attempts and error', async () => {
      const message = (id: string, ref: string): OutboxMessage => ({ id, kind: 'statusUpdate', ref, residentId: 'r1', channelId: 'sms', language: 'pt', text: 'O seu pedido avançou.', notBefore: '2026-11-24T10:00:00.000Z', status: 'pending', attempts: 0, createdAt: '2026-11-24T10:00:00.000Z', updatedAt: '2026-11-24T10:00:00.000Z' });
      await store.outbox.add([message('o1', 'n1'), message('o2', 'n1'), message('o3', 'n2')]);
      expect((await store.outbox.claimDue(at('2026-11-24T10:00:00.000Z'), 1)).map((m) => m.id)).toEqual(['o1']);
      expect(await store.outbox.update('o1', { status: 'pending', attempts: 1, nextAttemptAt: '2026-11-24T11:00:00.000Z', lastError: 'timeout' }, 'sending')).toBe(true);
      expect((await store.outbox.list({ ref: 'n1' })).map((m) => m.id).sort()).toEqual(['o1', 'o2']);
      expect((await store.outbox.list({ status: 'pending' })).map((m) => m.id).sort()).toEqual(['o1', 'o2', 'o3']);
      const retried = (await store.outbox.claimDue(at('2026-11-24T11:00:00.000Z'), 10)).find((m) => m.id === 'o1');
      expect(retried).toMatchObject({ status: 'sending', attempts: 1, lastError: 'timeout', nextAttemptAt: '2026-11-24T11:00:00.000Z' });
      expect(await store.outbox.update('o1', { status: 'sent', sentAt: '2026-11-24T11:00:01.000Z', lastError: undefined, nextAttemptAt: undefined })).toBe(true);
      const [sent] = await store.outbox.list({ status: 'sent' });
      expect(sent).toEqual({ ...message('o1', 'n1'), status: 'sent', attempts: 1, sentAt: '2026-11-24T11:00:01.000Z', updatedAt: expect.any(String) });
      expect(await store.outbox.list({ ref: 'none' })).toEqual([]);
    });

    it('residents: lists the reachable subscribed, and the reachable who agreed to consultations', async () => {
      const subscription = { topics: ['gardens' as const], consentedAt: '2026-11-01T08:00:00.000Z' };
      const consultations = [{ purpose: 'consultations', givenAt: '2026-11-01T08:00:00.000Z' }];
      await store.residents.save(resident('subscribed', { subscription }));
      await store.residents.save(resident('gone', { subscription, consents: consultations, unreachableSince: '2026-11-05T00:00:00.000Z' }));
      await store.residents.save(resident('consulted', { consents: consultations }));
      await store.residents.save(resident('neither', { consents: [{ purpose: 'news', givenAt: '2026-11-01T08:00:00.000Z' }] }));
      expect((await store.residents.subscribed()).map((r) => r.id)).toEqual(['subscribed']);
      expect(await store.residents.subscribed()).toEqual([resident('subscribed', { subscription })]);
      expect((await store.residents.consulted()).map((r) => r.id)).toEqual(['consulted']);
      // Saved again without its subscription (the resident said "stop"): no longer listed.
      await store.residents.save(resident('subscribed', { updatedAt: '2026-11-02T08:00:00.000Z' }));
      expect(await store.residents.subscribed()).toEqual([]);
    });
  });
}
