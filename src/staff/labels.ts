// Column titles for staff exports, in the two languages of the staff side (French, English).
export type StaffLanguage = 'fr' | 'en';

export const EXPORT_COLUMNS: Record<StaffLanguage, Record<string, string>> = {
  fr: {
    receipt: 'N° de suivi', kind: 'Type', category: 'Catégorie', status: 'Statut', site: 'Lieu', audience: 'Public', language: 'Langue',
    text: 'Texte', contact: 'Contact', preferredTime: 'Moment préféré', createdIso: 'Créé (ISO)', createdLocal: 'Créé le', updatedIso: 'Modifié (ISO)',
    notes: 'Notes', supporters: 'Soutiens', offered: 'Sujets proposés', question: 'Question', response: 'Réponse', completed: 'Terminé',
  },
  en: {
    receipt: 'Reference', kind: 'Type', category: 'Category', status: 'Status', site: 'Site', audience: 'Audience', language: 'Language',
    text: 'Text', contact: 'Contact', preferredTime: 'Preferred time', createdIso: 'Created (ISO)', createdLocal: 'Created', updatedIso: 'Updated (ISO)',
    notes: 'Notes', supporters: 'Supporters', offered: 'Topics offered', question: 'Question', response: 'Response', completed: 'Completed',
  },
};
