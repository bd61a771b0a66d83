// Words of staff exports in the two staff languages (French, English): column titles and the labels
// that replace stored codes (kinds, statuses, categories...), so a spreadsheet reads like the dashboard.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localesDir } from '../paths.js';

export type StaffLanguage = 'fr' | 'en';
export const STAFF_LANGUAGES = ['fr', 'en'] as const;

export const EXPORT_COLUMNS: Record<StaffLanguage, Record<string, string>> = {
  fr: {
    receipt: 'N° de suivi', kind: 'Type', category: 'Catégorie', status: 'Statut', site: 'Lieu', audience: 'Public', language: 'Langue',
    text: 'Texte', contact: 'Contact', preferredTime: 'Moment préféré', created: 'Créé le', updated: 'Modifié le',
    notes: 'Notes', supporters: 'Soutiens', offered: 'Sujets proposés', question: 'Question', response: 'Réponse', completed: 'Terminé le',
    code: 'Code', event: 'Événement', seats: 'Places', reminder: 'Rappel la veille', attended: 'Présent', offerExpires: "Offre valable jusqu'au",
  },
  en: {
    receipt: 'Reference', kind: 'Type', category: 'Category', status: 'Status', site: 'Site', audience: 'Audience', language: 'Language',
    text: 'Text', contact: 'Contact', preferredTime: 'Preferred time', created: 'Created', updated: 'Updated',
    notes: 'Notes', supporters: 'Supporters', offered: 'Topics offered', question: 'Question', response: 'Response', completed: 'Completed',
    code: 'Code', event: 'Event', seats: 'Seats', reminder: 'Reminder the day before', attended: 'Attended', offerExpires: 'Offer valid until',
  },
};

const VALUES: Record<StaffLanguage, Record<string, Record<string, string>>> = {
  fr: {
    kind: { need: 'Besoin', idea: 'Idée', callback: 'Rappel' },
    status: { new: 'Nouveau', 'in-progress': 'En cours', planned: 'Prévu', done: 'Fait', declined: 'Refusé' },
    registration: { confirmed: 'Confirmée', waitlisted: "Liste d'attente", offered: 'Place proposée', cancelled: 'Annulée' },
    language: { fr: 'Français', en: 'Anglais', ar: 'Arabe', es: 'Espagnol', pt: 'Portugais', tr: 'Turc' },
    audience: { everyone: 'Tout le monde', children: 'Enfants', youth: 'Jeunes', seniors: 'Personnes âgées', families: 'Familles', disabilities: 'Personnes handicapées' },
    preferredTime: { morning: 'Le matin', afternoon: "L'après-midi", evening: 'En fin de journée', any: "N'importe quand" },
    boolean: { true: 'Oui', false: 'Non' },
    category: { callback: 'Demande de rappel', unknown: 'Non précisé' },
  },
  en: {
    kind: { need: 'Need', idea: 'Idea', callback: 'Call-back' },
    status: { new: 'New', 'in-progress': 'In progress', planned: 'Planned', done: 'Done', declined: 'Declined' },
    registration: { confirmed: 'Confirmed', waitlisted: 'Waitlisted', offered: 'Seat offered', cancelled: 'Cancelled' },
    language: { fr: 'French', en: 'English', ar: 'Arabic', es: 'Spanish', pt: 'Portuguese', tr: 'Turkish' },
    audience: { everyone: 'Everyone', children: 'Children', youth: 'Young people', seniors: 'Older people', families: 'Families', disabilities: 'People with disabilities' },
    preferredTime: { morning: 'In the morning', afternoon: 'In the afternoon', evening: 'Late in the day', any: 'Any time' },
    boolean: { true: 'Yes', false: 'No' },
    category: { callback: 'Call-back request', unknown: 'Not given' },
  },
};

const localeCache = new Map<string, Record<string, string>>();
/**
 * Labels read from locales/<lng>/<file>.json (`pick` finds them in it), over the French ones so a
 * missing label falls back to French; read once per file and language.
 */
function localeLabels(lng: StaffLanguage, file: string, pick: (json: Record<string, any>) => Record<string, string>): Record<string, string> {
  const key = `${lng}/${file}`;
  let labels = localeCache.get(key);
  if (!labels) {
    const read = (code: string) => {
      try {
        return pick(JSON.parse(readFileSync(join(localesDir, code, `${file}.json`), 'utf8')) as Record<string, any>) ?? {};
      } catch {
        return {};
      }
    };
    labels = { ...read('fr'), ...read(lng) };
    localeCache.set(key, labels);
  }
  return labels;
}

/** Need categories as residents read them (locales/<lng>/needs.json), French when a label is missing. */
const categories = (lng: StaffLanguage) => ({ ...localeLabels(lng, 'needs', (json) => json.categories), ...VALUES[lng].category });

/**
 * The procedure topics of a content pack (locales/<lng>/<namespace>.json) by id, titled as residents
 * read them in the menu, French when a title is missing; an unknown id is shown as it is.
 */
export function topicLabel(lng: StaffLanguage, namespace: string, id: string): string {
  const titles = localeLabels(lng, namespace, (json) => Object.fromEntries(Object.entries(json.topics ?? {}).map(([topic, value]) => [topic, (value as { title?: string }).title ?? topic])));
  return titles[id] ?? id;
}

export type ValueKind = 'kind' | 'status' | 'registration' | 'language' | 'audience' | 'preferredTime' | 'category';

/** The label of a stored code in the staff language; the code itself when it has none (an unknown code stays visible). */
export function valueLabel(lng: StaffLanguage, kind: ValueKind, code: string | undefined): string | undefined {
  if (code === undefined || code === '') return undefined;
  const table = kind === 'category' ? categories(lng) : VALUES[lng][kind]!;
  return table[code] ?? code;
}

export const yesNo = (lng: StaffLanguage, value: boolean | undefined) => (value === undefined ? undefined : VALUES[lng].boolean![String(value)]);

export const columnTitles = (lng: StaffLanguage, keys: string[]) => keys.map((k) => EXPORT_COLUMNS[lng][k] ?? k);
