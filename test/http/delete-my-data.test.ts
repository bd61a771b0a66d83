// "Delete everything" through the real server: afterwards no file in the data folder mentions the resident.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { residentIdFor } from '../../src/resident-id.js';
import { realTranslator, tempDir, testConfig } from '../helpers/setup.js';
import { say, startBot } from '../helpers/server.js';

async function everyFile(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
}

describe('deleting my data', () => {
  it('leaves nothing about the resident in any file: profile, needs, consents, the state of every conversation, questions typed', async () => {
    const dir = await tempDir();
    const bot = await startBot(dir.path);
    const t = (await realTranslator()).fixedT('fr');
    const user = 'resident-to-forget';
    const conversationId = 'conversation-to-forget';
    const words = 'Ascenseur en panne au 7e étage, ma mère ne peut plus sortir';
    const send = (text: string) => say(bot.url, text, { user, conversationId, locale: 'fr-FR' });
    for (const step of ['menu', t('menu:items.need.label'), '1', '1', words, '1', '1', t('common:yesNo.yes'), 'forget.me@example.org', t('common:yesNo.yes'), t('needs:summary.send')]) await send(step);
    // In another conversation (another device, a new Web Chat session): a need left half-written, and a question the bot could not answer.
    const other = 'other-conversation-to-forget';
    const draft = 'Le radiateur de la chambre du fond reste froid';
    const question = 'quelle est la couleur préférée de Zébulon au marché aux puces';
    const sendOther = (text: string) => say(bot.url, text, { user, conversationId: other, locale: 'fr-FR' });
    await sendOther('menu');
    await sendOther('1');
    const asked = (await sendOther(question)).map((a) => a.text).join('\n');
    if (asked.includes(t('guide:question.choices'))) await sendOther(t('guide:question.none'));
    for (const step of ['menu', t('menu:items.need.label'), '1', '1', draft]) await sendOther(step);
    const residentId = residentIdFor('sms', user, testConfig(dir.path).residentIdSalt);
    expect((await bot.store.questions.list()).map((q) => q.residentId)).toEqual([residentId]);
    await bot.store.flush();
    const before = await everyFile(dir.path);
    const traces = [residentId, conversationId, words, 'forget.me@example.org', other, draft, 'Zébulon'];
    for (const trace of traces) expect(before).toContain(trace);

    await send('menu');
    await send(t('menu:items.myData.label'));
    await send(t('needs:myData.deleteAll'));
    const done = await send(t('common:yesNo.yes'));
    expect(done.map((a) => a.text)).toContain(t('needs:myData.deleted'));
    await bot.stop();

    const after = await everyFile(dir.path);
    for (const trace of traces) expect(after, trace).not.toContain(trace);
    await dir.remove();
  });
});
