// Editing an event in headless Debian chromium, in French and in English: staff edit any event,
// a partner only their own; one language edited keeps the others, times are Paris time, a capacity
// below the seats booked is refused in the page's language, and a higher one offers the freed seats
// to the waitlist (an offer message queued in the outbox). Also the call-back worklist's pages.
// axe-core on each form, screenshots in test-output/.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousAxeFindings, watchPage } from '../helpers/browser.js';
import { randomId } from '../../src/clock.js';
import { projectRoot } from '../../src/paths.js';
import { createAccount } from '../../src/staff/api-keys.js';
import type { CommunityEvent, Resident } from '../../src/store/types.js';
import { tempDir } from '../helpers/setup.js';
import { startBot, type RunningBot } from '../helpers/server.js';

const SCREENSHOTS = join(projectRoot, 'test-output');
const CALLBACKS = 57; // more than one page of 50

/** What a person reads and clicks, in each staff language. */
const WORDS = {
  fr: {
    signIn: 'Se connecter', apiKey: "Clé d'API", signOut: 'Se déconnecter', edit: 'Modifier', save: 'Enregistrer les modifications',
    capacity: 'Nombre de places', title: 'Titre', startTime: 'Heure de début', belowBooked: '2 place(s) sont déjà réservées : la capacité ne peut pas être inférieure à 2.',
    savedOffered: '« Atelier vélo » : modifications enregistrées ; les places libérées sont proposées à la liste d’attente.', saved: '« Atelier vélo » : modifications enregistrées.',
    english: 'Anglais (en)', partnerHeading: 'Espace partenaire', partnerEditHeading: 'Modifier un de mes événements', partnerSave: 'Enregistrer et renvoyer pour validation',
    partnerBelow: '3 place(s) sont déjà réservées : le nombre de places ne peut pas être inférieur à 3.',
    partnerUpdated: 'Événement « Jardinage partagé » modifié. Il attend de nouveau la validation de l’équipe du bailleur.',
    nextPage: 'Page suivante', pageTwo: 'Page 2 sur 2', callbacksSecond: '57 résident(s) à rappeler, les plus anciennes demandes d’abord (n° 51 à 57).',
  },
  en: {
    signIn: 'Sign in', apiKey: 'API key', signOut: 'Sign out', edit: 'Edit', save: 'Save the changes',
    capacity: 'Number of seats', title: 'Title', startTime: 'Start time', belowBooked: '2 seat(s) are already booked: the capacity cannot be less than 2.',
    savedOffered: '“Bike workshop”: changes saved; the freed seats are offered to the waitlist.', saved: '“Bike workshop”: changes saved.',
    english: 'English (en)', partnerHeading: 'Partner space', partnerEditHeading: 'Edit one of my events', partnerSave: 'Save and send again for approval',
    partnerBelow: '3 seat(s) are already booked: the number of seats cannot be less than 3.',
    partnerUpdated: 'Event “Garden afternoon” updated. It is waiting again for the landlord’s team to approve it.',
    nextPage: 'Next page', pageTwo: 'Page 2 of 2', callbacksSecond: '57 resident(s) to call back, oldest requests first (51 to 57).',
  },
} as const;

const event = (title: Record<string, string>, organiser: CommunityEvent['organiser'], start: string, capacity: number) => ({
  title, description: { fr: 'Ouvert à tous les résidents.', en: 'Open to every resident.' }, start: new Date(start).toISOString(), end: new Date(Date.parse(start) + 2 * 3_600_000).toISOString(),
  place: { address: 'Salle commune, 12 rue des Lilas', site: 'Les Tilleuls' }, capacity, maxSeatsPerRegistration: 4, audience: ['everyone'], topics: ['culture'], organiser, status: 'published' as const,
});

const resident = (id: string, language: Resident['language']): Resident => ({
  id, language, languageSource: 'chosen', consents: [], createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z',
  reference: { channelId: 'sms', serviceUrl: 'http://127.0.0.1:9', conversation: { id: `conv-${id}` } as never, user: { id } as never, bot: { id: 'palier' } as never },
});

describe.each(['fr', 'en'] as const)('event edit form in %s', (lang) => {
  const w = WORDS[lang];
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let browser: Browser;
  let page: Page;
  let staffKey: string;
  let partnerKey: string;
  const trouble = { dialogs: [] as string[], pageErrors: [] as string[], consoleErrors: [] as string[] };
  const ids: Record<string, string> = {};

  const axe = () => seriousAxeFindings(page);
  const signIn = async (key: string) => {
    await page.getByLabel(w.apiKey).fill(key);
    await page.getByRole('button', { name: w.signIn }).click();
  };

  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path);
    const now = new Date();
    staffKey = (await createAccount(bot.store, { name: 'Agence Nord', role: 'staff' }, now, randomId)).key;
    const partner = await createAccount(bot.store, { name: 'Centre social', role: 'partner' }, now, randomId);
    partnerKey = partner.key;
    const s = bot.store;
    for (const r of [resident('r1', 'fr'), resident('r2', 'ar'), resident('r3', 'tr')]) await s.residents.save(r);
    const bike = await s.events.create(event({ fr: 'Atelier vélo', en: 'Bike workshop', ar: 'ورشة الدراجات' }, { kind: 'staff', name: 'Agence Nord' }, '2027-04-03T08:00:00Z', 2), now);
    ids.bike = bike.id;
    await s.registrations.register({ eventId: bike.id, residentId: 'r1', seats: 2, waitlist: false, reminder: false, language: 'fr' }, now);
    await s.registrations.register({ eventId: bike.id, residentId: 'r2', seats: 1, waitlist: true, reminder: false, language: 'ar' }, now);
    const garden = await s.events.create(event({ fr: 'Jardinage partagé', en: 'Garden afternoon' }, { kind: 'partner', accountId: partner.account.id, name: 'Centre social' }, '2027-05-15T12:00:00Z', 10), now);
    ids.garden = garden.id;
    await s.registrations.register({ eventId: garden.id, residentId: 'r3', seats: 3, waitlist: false, reminder: false, language: 'tr' }, now);
    await s.events.create(event({ fr: 'Tournoi de foot' }, { kind: 'partner', accountId: 'another-partner', name: 'Club de foot' }, '2027-05-20T12:00:00Z', 20), now);
    for (let i = 0; i < CALLBACKS; i++) {
      await s.needs.create(
        { residentId: `cb${i}`, type: 'callback', category: 'callback', text: `Rappel numéro ${i + 1}`, language: 'fr', preferredTime: 'morning', contact: { kind: 'phone', value: '+33 6 00 00 00 00' }, notifyOnStatus: false, channel: 'sms' },
        new Date(Date.UTC(2026, 9, 1, 8, i)),
      );
    }

    browser = await launchChromium();
    const context = await browser.newContext({ locale: lang === 'fr' ? 'fr-FR' : 'en-GB', timezoneId: 'America/New_York', viewport: { width: 1440, height: 1000 }, reducedMotion: 'reduce' });
    await context.addInitScript((code) => localStorage.setItem('palier.staff.lang', code), lang);
    page = await context.newPage();
    watchPage(page, trouble, /status of 40[39]/); // 403: a staff key is first tried on the partner API; 409: the refused capacity
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.goto(`${bot.url}/staff`);
    await signIn(staffKey);
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await dir?.remove();
  });

  it('lets staff edit an event: one language kept the others, Paris time, capacity never below the seats booked', async () => {
    const row = page.locator(`#events-table tbody tr[data-id="${ids.bike}"]`);
    await row.getByRole('button', { name: new RegExp(`^${w.edit}`) }).click();
    const form = page.locator('#event-edit-form');
    await expect.poll(() => form.isVisible()).toBe(true);
    // The browser is in New York; the form shows and reads the residence's time (10:00 in Paris, summer time).
    expect(await page.locator('#ee-start-time').inputValue()).toBe('10:00');
    expect(await page.locator('#ee-start-date').inputValue()).toBe('2027-04-03');
    expect(await axe()).toEqual([]);

    await form.getByLabel(w.capacity).fill('1');
    await form.getByRole('button', { name: w.save }).click();
    await expect.poll(() => page.locator('#ee-capacity-error').innerText()).toBe(w.belowBooked);
    expect(await page.locator('#ee-capacity').getAttribute('aria-invalid')).toBe('true');
    expect((await bot.store.events.get(ids.bike!))!.capacity).toBe(2);
    expect(await axe()).toEqual([]);
    await page.locator('#events').screenshot({ path: join(SCREENSHOTS, `staff-event-edit-refused-${lang}.png`) });

    await page.locator('fieldset[data-language="en"]').getByLabel(w.title).fill('Bike repair workshop');
    await form.getByLabel(w.capacity).fill('3');
    // Switching the page's language redraws the form in it, keeping what was typed.
    const other = WORDS[lang === 'fr' ? 'en' : 'fr'];
    await page.locator('#language-toggle').click();
    await expect.poll(() => form.getByLabel(other.capacity).inputValue()).toBe('3');
    await page.locator('#language-toggle').click();
    await expect.poll(() => form.getByLabel(w.capacity).inputValue()).toBe('3');
    await form.getByLabel(w.startTime).fill('10:30');
    await form.getByRole('button', { name: w.save }).click();
    await expect.poll(() => page.locator('#event-edit-saved').innerText()).toBe(w.savedOffered.replace('Bike workshop', 'Bike repair workshop'));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(w.save); // focus stays on the button
    const stored = (await bot.store.events.get(ids.bike!))!;
    expect(stored.title).toEqual({ fr: 'Atelier vélo', en: 'Bike repair workshop', ar: 'ورشة الدراجات' });
    expect(stored.capacity).toBe(3);
    expect(stored.start).toBe('2027-04-03T08:30:00.000Z');
    // The resident waiting gets the freed seat: offered, and a message in Arabic queued.
    const offers = (await bot.store.outbox.list()).filter((m) => m.kind === 'waitlistOffer');
    expect(offers.map((m) => [m.residentId, m.language])).toEqual([['r2', 'ar']]);
    expect((await bot.store.registrations.byEvent(ids.bike!)).find((r) => r.residentId === 'r2')!.status).toBe('offered');
    await expect.poll(() => row.locator('td.offered').innerText()).toBe('1');
    await page.locator('#events').screenshot({ path: join(SCREENSHOTS, `staff-event-edit-${lang}.png`) });
  });

  it('pages through more call-backs than one page holds', async () => {
    await expect.poll(() => page.locator('#callbacks-table tbody tr').count()).toBe(50);
    await page.locator('#callbacks').getByRole('button', { name: w.nextPage }).click();
    await expect.poll(() => page.locator('#callbacks-page-info').innerText()).toBe(w.pageTwo);
    expect(await page.locator('#callbacks-table tbody tr').count()).toBe(CALLBACKS - 50);
    expect(await page.locator('#callbacks-summary').innerText()).toBe(w.callbacksSecond);
    expect(await page.locator('#callbacks-table tbody tr').last().innerText()).toContain(`Rappel numéro ${CALLBACKS}`);
    expect(await axe()).toEqual([]);
  });

  it('lets a partner edit only their own event, keeping its translations, with the same rule on seats', async () => {
    await page.getByRole('button', { name: w.signOut }).click();
    await signIn(partnerKey);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: w.partnerHeading }).isVisible()).toBe(true);
    const rows = page.locator('#my-events-table tbody tr');
    await expect.poll(() => rows.count()).toBe(1); // the other partner's event is not there to edit
    await rows.first().getByRole('button', { name: new RegExp(`^${w.edit}`) }).click();
    await expect.poll(() => page.locator('#event-form-title').innerText()).toBe(w.partnerEditHeading);
    expect(await page.locator('#ev-start-time').inputValue()).toBe('14:00');
    expect(await page.locator('#ev-title-en').inputValue()).toBe('Garden afternoon');
    expect(await axe()).toEqual([]);
    await page.locator('#event-section').screenshot({ path: join(SCREENSHOTS, `partner-event-editing-${lang}.png`) });

    await page.locator('#ev-capacity').fill('2');
    await page.getByRole('button', { name: w.partnerSave }).click();
    await expect.poll(() => page.locator('#ev-capacity-error').innerText()).toBe(w.partnerBelow);
    expect((await bot.store.events.get(ids.garden!))!.capacity).toBe(10);

    await page.locator('#ev-capacity').fill('12');
    await page.locator('#ev-title-fr').fill('Jardinage partagé au potager');
    await page.getByRole('button', { name: w.partnerSave }).click();
    await expect.poll(() => page.locator('#event-success').innerText()).toBe(`✓ ${w.partnerUpdated.replace('Jardinage partagé', 'Jardinage partagé au potager')}`);
    const stored = (await bot.store.events.get(ids.garden!))!;
    expect(stored).toMatchObject({ title: { fr: 'Jardinage partagé au potager', en: 'Garden afternoon' }, capacity: 12, status: 'pending', start: '2027-05-15T12:00:00.000Z' });
    await page.screenshot({ path: join(SCREENSHOTS, `partner-event-edit-${lang}.png`), fullPage: true });
    expect(trouble).toEqual({ dialogs: [], pageErrors: [], consoleErrors: [] });
  });
});
