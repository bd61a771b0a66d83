// A deleted resident's phone, e-mail and names leave staff notes; the rest of the note, and other people's details, stay.
import { describe, expect, it } from 'vitest';
import { REMOVED } from '../../src/contact-details.js';
import { identifiersOf, pseudonymise } from '../../src/residents/pseudonymise.js';

const ids = identifiersOf(
  [{ kind: 'phone', value: '+33 6 12 34 56 78' }, { kind: 'email', value: 'Fatima.Benali@example.org' }],
  ['Fatima Benali', 'Mme Benali', ' '],
  'FR',
);

describe('pseudonymise', () => {
  it.each([
    ['Rappelé 06 12 34 56 78, pas de réponse', `Rappelé ${REMOVED}, pas de réponse`],
    ['Rappelé +33612345678 et 0612345678', `Rappelé ${REMOVED} et ${REMOVED}`],
    ['Écrit à fatima.benali@example.org', `Écrit à ${REMOVED}`],
    ['Vu avec FATIMA  BÉNALI au 3e', `Vu avec ${REMOVED} au 3e`],
    ['Mme Benali a signalé la fuite', `${REMOVED} a signalé la fuite`],
    ['Voisine de Fatima-Benali', `Voisine de ${REMOVED}`],
    ['Mme X (06 12 34 56 78, chez sa fille)', `Mme X (${REMOVED}, chez sa fille)`],
  ])('%s', (note, expected) => {
    expect(pseudonymise(note, ids, 'FR')).toBe(expected);
  });

  it("leaves other people's details, and words that only contain a name, as they are", () => {
    const note = 'Appeler M. Martin au 06 98 76 54 32 ou martin@example.org; Fatima Benaliova est une autre personne';
    expect(pseudonymise(note, ids, 'FR')).toBe(note);
  });

  it('changes nothing when nothing identifies the resident', () => {
    expect(pseudonymise('Fatima Benali 06 12 34 56 78', identifiersOf([], [], 'FR'), 'FR')).toBe('Fatima Benali 06 12 34 56 78');
  });
});
