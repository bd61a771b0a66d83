// Sharing a need or an idea, following it, asking for a call-back, and deleting one's data.
import type { Activity } from 'botbuilder';
import type { DialogTestClient } from 'botbuilder-testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMainDialog, menuEntries } from '../../src/app.js';
import type { Language } from '../../src/config.js';
import { residentIdFor } from '../../src/resident-id.js';
import { createTestContext, dialogClient, type TestContext } from '../helpers/setup.js';

const text = (a: Partial<Activity> | undefined) => a?.text ?? '';
const NEED_TEXT: Record<string, string> = {
  fr: "La lumière de l'escalier du bâtiment B ne marche plus depuis une semaine, c'est dangereux le soir.",
  en: 'The stair light in building B has not worked for a week, it is dangerous at night.',
  ar: 'ضوء الدرج في العمارة ب لا يعمل منذ أسبوع، وهذا خطير في الليل.',
  es: 'La luz de la escalera del edificio B no funciona desde hace una semana, es peligroso de noche.',
  pt: 'A luz da escada do prédio B não funciona há uma semana, é perigoso à noite.',
  tr: 'B binasının merdiven ışığı bir haftadır çalışmıyor, gece tehlikeli.',
};

/** A real 1×1 PNG and the start of a JPEG, as a channel would attach them (inline, as the Emulator does). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(64, 1)]);
const attached = (data: Buffer, contentType: string, name: string) => ({ contentType, name, contentUrl: `data:${contentType};base64,${data.toString('base64')}` });
const withFiles = (...attachments: ReturnType<typeof attached>[]): Partial<Activity> => ({ type: 'message', text: '', attachments });


describe.each(['fr', 'en', 'ar', 'es', 'pt', 'tr'] as Language[])('needs in %s', (lng) => {
  let ctx: TestContext;
  let client: DialogTestClient;
  beforeEach(async () => {
    ctx = await createTestContext();
    client = dialogClient(ctx, createMainDialog(ctx), lng);
  });
  afterEach(() => ctx.cleanup());
  const t = (key: string, options?: Record<string, unknown>) => ctx.translator.fixedT(lng)(key, options ?? {});
  const residentId = () => residentIdFor('test', 'user1', ctx.config.residentIdSalt);
  /** What a resident types to open a menu entry: its number. */
  const menu = (id: string) => String(menuEntries(ctx).findIndex((e) => e.id === id) + 1);

  /** Menu → need → kind → category → text → no photo → site → audience; returns the reply to the audience. */
  async function upToContact(needText = NEED_TEXT[lng]!): Promise<Partial<Activity> | undefined> {
    await client.sendActivity('menu');
    expect(text(await client.sendActivity(menu('need')))).toContain(t('needs:kind.prompt'));
    expect(text(await client.sendActivity('1'))).toContain(t('needs:category.prompt'));
    expect(text(await client.sendActivity('1'))).toContain(t('needs:text.prompt'));
    expect(text(await client.sendActivity(needText))).toContain(t('needs:photos.prompt'));
    expect(text(await client.sendActivity(t('needs:photos.none')))).toContain(t('needs:site.prompt'));
    expect(text(await client.sendActivity('2'))).toContain(t('needs:audience.prompt'));
    return client.sendActivity('1');
  }

  it('records a need with contact refused, confirms with a receipt, and lists it with its status', async () => {
    expect(text(await upToContact())).toContain(t('needs:contact.consent'));
    expect(text(await client.sendActivity(t('common:yesNo.no')))).toContain(t('needs:contact.notify'));
    const summary = await client.sendActivity(t('common:yesNo.no'));
    expect(text(summary)).toContain(t('needs:summary.title'));
    expect(text(summary)).toContain(NEED_TEXT[lng]!);
    expect(text(summary)).toContain(t('needs:summary.noContact'));
    const sent = await client.sendActivity(t('needs:summary.send'));
    expect(text(sent)).toBe(t('needs:sent', { receipt: 'B-2026-0001' }));
    const [need] = await ctx.store.needs.list();
    expect(need).toMatchObject({ receipt: 'B-2026-0001', type: 'need', category: 'building', text: NEED_TEXT[lng], language: lng, site: ctx.config.sites[1], audience: 'everyone', status: 'new', notifyOnStatus: false });
    expect(need!.contact).toBeUndefined();
    expect((await ctx.store.residents.get(residentId()))?.site).toBe(ctx.config.sites[1]);

    client.getNextReply();
    await ctx.store.needs.update(need!.id, { status: 'in-progress' });
    const mine = await client.sendActivity(menu('myNeeds'));
    expect(text(mine)).toContain('B-2026-0001');
    expect(text(mine)).toContain(t('needs:status.in-progress'));
  });

  it('asks again for a wrong phone number, then stores the contact with the consent', async () => {
    await upToContact();
    expect(text(await client.sendActivity(t('common:yesNo.yes')))).toContain(t('needs:contact.ask'));
    expect(text(await client.sendActivity('12 34'))).toBe(t('needs:contact.invalid'));
    expect(text(await client.sendActivity('06 12 34 56 78'))).toContain(t('needs:contact.notify'));
    const summary = await client.sendActivity(t('common:yesNo.yes'));
    expect(text(summary)).toContain('+33 6 12 34 56 78');
    await client.sendActivity('1');
    const [need] = await ctx.store.needs.list();
    expect(need).toMatchObject({ contact: { kind: 'phone', value: '+33 6 12 34 56 78' }, notifyOnStatus: true });
    const consents = (await ctx.store.residents.get(residentId()))!.consents;
    expect(consents.map((c) => [c.purpose, c.ref])).toEqual([
      ['need-contact', 'B-2026-0001'],
      ['status-updates', 'B-2026-0001'],
    ]);
    expect(consents[0]!.givenAt).toBe('2026-11-24T10:00:00.000Z');
  });

  it('keeps an over-long text until the resident decides, and lets them change a field at the summary', async () => {
    await client.sendActivity('menu');
    await client.sendActivity(menu('need'));
    await client.sendActivity('2'); // an idea
    await client.sendActivity('3');
    const long = 'Un jardin partagé au pied de la tour. '.repeat(70);
    const tooLong = await client.sendActivity(long);
    expect(text(tooLong)).toContain(t('needs:text.tooLong', { count: long.trim().length, max: 2000 }));
    expect(text(await client.sendActivity(t('needs:text.keepStart')))).toContain(t('needs:site.prompt'));
    await client.sendActivity('1');
    await client.sendActivity('1');
    await client.sendActivity(t('common:yesNo.no'));
    const summary = await client.sendActivity(t('common:yesNo.no'));
    expect(text(summary)).toContain(t('needs:kind.idea'));
    expect(text(await client.sendActivity(t('needs:summary.change.audience')))).toContain(t('needs:audience.prompt'));
    const again = await client.sendActivity(t('needs:audience.seniors'));
    expect(text(again)).toContain(t('needs:audience.seniors'));
    await client.sendActivity(t('needs:summary.send'));
    const [need] = await ctx.store.needs.list();
    expect(need!.text).toHaveLength(2000);
    expect(need).toMatchObject({ type: 'idea', audience: 'seniors' });
  });

  it('takes a call-back request with consent, phone, time and reason, shown to staff with the language', async () => {
    await client.sendActivity('menu');
    await client.sendActivity(menu('contact'));
    expect(text(client.getNextReply())).toContain(t('needs:callback.offer'));
    expect(text(await client.sendActivity(t('common:yesNo.yes')))).toContain(t('needs:callback.consent'));
    expect(text(await client.sendActivity(t('common:yesNo.yes')))).toBe(t('needs:callback.phone'));
    expect(text(await client.sendActivity('0612'))).toBe(t('needs:callback.invalidPhone'));
    expect(text(await client.sendActivity('+33 7 11 22 33 44'))).toContain(t('needs:callback.time'));
    expect(text(await client.sendActivity('2'))).toBe(t('needs:callback.reason'));
    expect(text(await client.sendActivity(NEED_TEXT[lng]!))).toBe(t('needs:callback.sent', { receipt: 'B-2026-0001' }));
    const [request] = await ctx.store.needs.list({ type: 'callback' });
    expect(request).toMatchObject({ language: lng, preferredTime: 'afternoon', contact: { kind: 'phone', value: '+33 7 11 22 33 44' } });
  });

  it('shows everything kept, withdraws a consent, then deletes it all: nothing about the resident remains', async () => {
    await upToContact();
    await client.sendActivity(t('common:yesNo.yes'));
    await client.sendActivity('resident@example.org');
    await client.sendActivity(t('common:yesNo.no'));
    await client.sendActivity(t('needs:summary.send'));
    client.getNextReply();
    const shown = await client.sendActivity(menu('myData'));
    expect(text(shown)).toContain(t('needs:myData.title'));
    expect(text(shown)).toContain(t('needs:myData.needs', { count: 1 }));
    expect(text(shown)).toContain('B-2026-0001');
    client.getNextReply();
    await client.sendActivity(t('needs:myData.withdraw'));
    expect(text(await client.sendActivity('1'))).toBe(t('needs:myData.withdrawn'));
    expect((await ctx.store.needs.list())[0]!.contact).toBeUndefined();
    expect((await ctx.store.residents.get(residentId()))!.consents).toEqual([]);

    // A photo the resident sent with a request goes with everything else.
    await ctx.store.photos.add({ id: 'photo-1', residentId: residentId(), contentType: 'image/png', size: PNG.length, createdAt: '2026-11-24T10:00:00.000Z' }, PNG);
    client.getNextReply();
    await client.sendActivity(menu('myData'));
    client.getNextReply();
    expect(text(await client.sendActivity(t('needs:myData.deleteAll')))).toBe(t('needs:myData.confirmDelete') + '\n\n1. ' + t('common:yesNo.yes') + '\n2. ' + t('common:yesNo.no'));
    expect(text(await client.sendActivity(t('common:yesNo.yes')))).toBe(t('needs:myData.deleted'));
    await ctx.store.flush();
    expect(await ctx.store.residents.get(residentId())).toBeUndefined();
    expect(await ctx.store.needs.byResident(residentId())).toEqual([]);
    expect(await ctx.store.needs.list()).toEqual([]);
    expect(await ctx.store.photos.get('photo-1')).toBeUndefined();
  });
});

describe.each(['fr', 'en', 'ar', 'es', 'pt', 'tr'] as Language[])('photos on a need in %s', (lng) => {
  let ctx: TestContext;
  let client: DialogTestClient;
  beforeEach(async () => {
    ctx = await createTestContext({ PHOTOS_PER_NEED: '3', PHOTO_MAX_MB: '0.1' });
    client = dialogClient(ctx, createMainDialog(ctx), lng);
  });
  afterEach(() => ctx.cleanup());
  const t = (key: string, options?: Record<string, unknown>) => ctx.translator.fixedT(lng)(key, options ?? {});
  const menu = (id: string) => String(menuEntries(ctx).findIndex((e) => e.id === id) + 1);
  /** Every reply to one message, in order. */
  const sendAll = async (activity: string | Partial<Activity>) => {
    const all = [text(await client.sendActivity(activity))];
    for (let reply = client.getNextReply(); reply; reply = client.getNextReply()) all.push(text(reply));
    return all;
  };

  async function upToPhotos(): Promise<void> {
    await client.sendActivity('menu');
    await client.sendActivity(menu('need'));
    await client.sendActivity(t('needs:kind.need'));
    await client.sendActivity('1');
    expect(text(await client.sendActivity(NEED_TEXT[lng]!))).toContain(t('needs:photos.prompt'));
  }

  it('keeps the photos sent, refuses a file that is not a photo or too big, and sends them with the need', async () => {
    await upToPhotos();
    expect(text(await client.sendActivity(withFiles(attached(PNG, 'image/png', 'escalier.png'))))).toContain(t('needs:photos.added', { count: 1 }));
    // A name and a declared type say nothing: the bytes of a text file are not a photo.
    expect(await sendAll(withFiles(attached(Buffer.from('not an image at all, only words'), 'image/jpeg', 'photo.jpg')))).toEqual([
      t('needs:photos.wrongType'),
      expect.stringContaining(t('needs:photos.added', { count: 1 })),
    ]);
    expect(await sendAll(withFiles(attached(Buffer.concat([JPEG, Buffer.alloc(200 * 1024)]), 'image/jpeg', 'huge.jpg')))).toEqual([expect.stringContaining(t('needs:photos.tooBig', { max: 0.1 })), expect.stringContaining(t('needs:photos.added', { count: 1 }))]);
    expect(text(await client.sendActivity(withFiles(attached(JPEG, 'image/jpeg', 'porte.jpg'))))).toContain(t('needs:photos.added', { count: 2 }));
    expect(text(await client.sendActivity(t('needs:photos.done')))).toContain(t('needs:site.prompt'));
    // A photo sent at a later question is kept too, and that question is asked again.
    expect(await sendAll(withFiles(attached(PNG, 'image/png', 'plus.png')))).toEqual([t('needs:photos.full', { count: 3 }), expect.stringContaining(t('needs:site.prompt'))]);
    await client.sendActivity('1');
    await client.sendActivity('1');
    await client.sendActivity(t('common:yesNo.no'));
    const summary = await client.sendActivity(t('common:yesNo.no'));
    expect(text(summary)).toContain(t('needs:summary.photos', { count: 3 }));
    await client.sendActivity(t('needs:summary.send'));
    const [need] = await ctx.store.needs.list();
    expect(need!.photos).toHaveLength(3);
    const [first, second] = await Promise.all(need!.photos!.map((id) => ctx.store.photos.get(id)));
    expect(first!.photo).toMatchObject({ contentType: 'image/png', size: PNG.length, residentId: need!.residentId });
    expect(first!.data.equals(PNG)).toBe(true);
    expect(second!.photo.contentType).toBe('image/jpeg');
  });

  it('keeps a photo sent with no words at the description, asks for the description again, and sends it with the need', async () => {
    await client.sendActivity('menu');
    await client.sendActivity(menu('need'));
    await client.sendActivity(t('needs:kind.need'));
    expect(text(await client.sendActivity('1'))).toContain(t('needs:text.prompt'));
    const again = await sendAll(withFiles(attached(PNG, 'image/png', 'fuite.png')));
    expect(again.join('\n')).toContain(t('needs:text.prompt'));
    expect(again.join('\n')).not.toContain(t('needs:text.tooShort'));
    expect(text(await client.sendActivity(NEED_TEXT[lng]!))).toContain(t('needs:photos.added', { count: 1 }));
    expect(text(await client.sendActivity(t('needs:photos.done')))).toContain(t('needs:site.prompt'));
    await client.sendActivity('1');
    await client.sendActivity('1');
    await client.sendActivity(t('common:yesNo.no'));
    await client.sendActivity(t('common:yesNo.no'));
    await client.sendActivity(t('needs:summary.send'));
    const [need] = await ctx.store.needs.list();
    expect(need!.text).toBe(NEED_TEXT[lng]);
    expect(need!.photos).toHaveLength(1);
    expect((await ctx.store.photos.get(need!.photos![0]!))!.data.equals(PNG)).toBe(true);
  });

  it('says when the most photos are reached and goes on; photos of a need given up are deleted', async () => {
    await upToPhotos();
    expect(await sendAll(withFiles(attached(PNG, 'image/png', 'a.png'), attached(JPEG, 'image/jpeg', 'b.jpg'), attached(PNG, 'image/png', 'c.png'), attached(JPEG, 'image/jpeg', 'd.jpg')))).toEqual([t('needs:photos.full', { count: 3 }), expect.stringContaining(t('needs:site.prompt'))]);
    // "menu" with unsent work asks first; dropping it deletes its photos.
    expect(text(await client.sendActivity('menu'))).toContain(t('common:keepWork.prompt'));
    await client.sendActivity(t('common:keepWork.drop'));
    await ctx.store.flush();
    for (const id of ['id-1', 'id-2', 'id-3']) expect(await ctx.store.photos.get(id)).toBeUndefined();
  });
});
