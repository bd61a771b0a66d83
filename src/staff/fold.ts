// Text folded for search: lower case, accents and other marks removed ("Très" and "tres" match both ways).

/** Lower case, decomposed, combining marks dropped; ligatures spelled out (œ → oe). */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLocaleLowerCase('und').replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
}
