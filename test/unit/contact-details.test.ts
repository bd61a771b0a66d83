// Contact details are taken out of words kept without identity (unanswered questions).
import { describe, expect, it } from 'vitest';
import { withoutContactDetails } from '../../src/contact-details.js';

describe('withoutContactDetails', () => {
  it.each([
    ['FR', 'appelez-moi au 06 12 34 56 78 svp', 'appelez-moi au […] svp'],
    ['FR', 'mon mail : Jean.Dupont+loyer@example.org.', 'mon mail : […].'],
    ['FR', 'au +33 6 12 34 56 78 ou a@b.fr', 'au […] ou […]'],
    ['BE', 'bel me op 0470 12 34 56', 'bel me op […]'],
    ['FR', 'le loyer de 2026 est de 450 euros, bâtiment 12', 'le loyer de 2026 est de 450 euros, bâtiment 12'],
  ])('in %s: %s', (country, text, expected) => {
    expect(withoutContactDetails(text, country)).toBe(expected);
  });
});
