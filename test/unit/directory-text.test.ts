// "Who can help" as a resident reads it, in every language: the bundled directories translated, a landlord's own file marked.
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, type Language } from '../../src/config.js';
import { Directory } from '../../src/knowledge/directory.js';
import { helperEntryText } from '../../src/knowledge/directory-text.js';
import { packsDir, sampleDirectoryFile } from '../../src/knowledge/knowledge.js';
import { join } from 'node:path';
import { realTranslator } from '../helpers/setup.js';

const bundled = { france: Directory.fromFile(sampleDirectoryFile, true), wallonia: Directory.fromFile(join(packsDir, 'wallonia', 'directory.json'), true) };

describe.each(SUPPORTED_LANGUAGES.map((l) => [l]) as [Language][])('who can help in %s', (lng) => {
  it.each(['france', 'wallonia'] as const)('gives every entry of the %s directory its name and hours in the language, with address and phone as written', async (pack) => {
    const translator = await realTranslator(pack);
    const t = translator.fixedT(lng);
    for (const entry of bundled[pack].entries) {
      const name = translator.i18n.getResource(lng, 'guide', `helpers.entries.${entry.id}.name`) as string;
      const hours = translator.i18n.getResource(lng, 'guide', `helpers.entries.${entry.id}.hours`) as string;
      expect(typeof name, `${pack} ${entry.id}`).toBe('string');
      if (lng !== 'fr') expect(hours, `${pack} ${entry.id} hours`).not.toBe(entry.hours);
      expect(helperEntryText(entry, bundled[pack], { t, lng, translator })).toBe(t('guide:helpers.entry', { name, address: entry.address, phone: entry.phone, hours }));
    }
  });

  it("marks a landlord's own entry: the kind of help in the resident's language, the hours as written in French", async () => {
    const translator = await realTranslator();
    const t = translator.fixedT(lng);
    const own = new Directory([{ id: 'ccas', kind: 'social-services', name: 'CCAS de Villeurbanne', address: '1 place Lazare-Goujon', phone: '04 00 00 00 00', hours: 'lun. 9 h–12 h' }]);
    const text = helperEntryText(own.entries[0]!, own, { t, lng, translator });
    if (lng === 'fr') {
      expect(text).toBe(t('guide:helpers.entry', { name: 'CCAS de Villeurbanne', address: '1 place Lazare-Goujon', phone: '04 00 00 00 00', hours: 'lun. 9 h–12 h' }));
    } else {
      expect(text).toContain(t('guide:helpers.kinds.social-services'));
      expect(text).toContain(t('guide:helpers.hoursAsWritten', { language: t('common:language.called.fr'), hours: 'lun. 9 h–12 h' }));
      // Not the sample directory's translation of another "ccas".
      expect(text).not.toContain(t('guide:helpers.entries.ccas.name'));
    }
  });
});
