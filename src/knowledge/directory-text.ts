// A directory entry as a resident reads it: in their language, or marked as written in the directory's.
import type { Language } from '../config.js';
import { languageCalled, type TFunction, type Translator } from '../i18n.js';
import type { Directory, DirectoryEntry } from './directory.js';

/**
 * Name and hours translated in locales/ (the pack's `guide:helpers.entries.<id>`) for the bundled
 * directories. A landlord's own directory file is written in the default language: a resident
 * reading another language gets the kind of help in their language beside the name as written,
 * and the hours marked with the language they are in. Addresses and phone numbers stay as written.
 */
export function helperEntryText(entry: DirectoryEntry, directory: Directory, deps: { t: TFunction; lng: Language; translator: Translator }): string {
  const { t, lng, translator } = deps;
  const own = (field: 'name' | 'hours') =>
    directory.bundled ? (translator.i18n.getResource(lng, 'guide', `helpers.entries.${entry.id}.${field}`) as unknown) : undefined;
  const asWritten = lng === translator.defaultLanguage;
  const translatedName = own('name');
  const translatedHours = own('hours');
  const name = typeof translatedName === 'string' ? translatedName : asWritten ? entry.name : t('guide:helpers.otherName', { kind: t(`guide:helpers.kinds.${entry.kind}`), name: entry.name });
  const hours =
    typeof translatedHours === 'string'
      ? translatedHours
      : asWritten
        ? entry.hours
        : t('guide:helpers.hoursAsWritten', { language: languageCalled(translator, translator.defaultLanguage, lng), hours: entry.hours });
  return t('guide:helpers.entry', { name, address: entry.address, phone: entry.phone, hours });
}
