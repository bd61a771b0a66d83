// French written by ear or SMS style ("je pe pa paye mon loyé", "apelé", "g pa") read as the words meant.
import { foldText } from '../../text.js';

const SPELLINGS: Record<string, string> = {
  peux: 'pe peu pe2 jpeu jpe jpx px',
  pas: 'pa po',
  payer: 'paye payé payee payer paie pai paiyer peyer',
  loyer: 'loye loyé loiyer loiye loyers loyez lover loyr loier',
  appeler: 'apeler apelé apele appele apellé apelle',
  caf: 'kaf',
  logement: 'logemen logman lojman lojement logemant logment logemnt logt',
  comment: 'kome komen koman commen coment comen cmt',
  "c'est": 'c cé ce ces sé se',
  "j'ai": 'g jai', // not "jé": folded, it is "je"
  'je suis': 'chui chuis jsuis jsui chu',
  toujours: 'tjr tjrs toujour',
  pourquoi: 'pk pq pkoi pourkoi pourquoa',
  beaucoup: 'bcp bocou',
  voisin: 'voisain voizin voisins voizins voisinne',
  fuite: 'fuitte fuitt fuit',
  chauffage: 'chofage chaufage chofaj chauffaje',
  reparation: 'reparassion reparasion reparacion',
  demenager: 'demenagé demenage demenager demenajer',
  assurance: 'assurence asurance assurrance asurence',
  quittance: 'quitance kitance quittence',
  appartement: 'aparteman apartement appart apart aparte',
  proprietaire: 'proprio propio',
  bailleur: 'bayeur baieur bayeurs bailleure',
  electricite: 'electrisite electrissite elec lelectricite',
  dossier: 'dosier dossie',
  demande: 'demende demmande demande',
  enfant: 'enfan anfan',
  travaux: 'travo trvx travau',
  moisissure: 'moisissur moisisure moisi',
  humidite: 'umidite humiditee humidit',
  facture: 'factur facturre',
  quelqu: 'qlq qq kelk',
  aide: 'ede aid',
  aides: 'aid',
  charges: 'charge charj',
  retard: 'retar retart',
  probleme: 'probleme problem probléme prob pb',
  maintenant: 'mnt maintenan',
  rendezvous: 'rdv',
  "aujourd'hui": 'auj ajd',
  demain: 'dmn',
  semaine: 'smaine semene',
  quand: 'qd kan',
  que: 'ke',
  quoi: 'koi',
  qui: 'ki',
  sent: 'sen',
  gaz: 'gas',
  fumee: 'fume fumé',
  inonde: 'inondé innonde inonder',
  ascenseur: 'asenseur ascenceur assenseur acenseur',
  poubelle: 'poubel',
  cafard: 'cafar kafar',
  punaise: 'punaises punez',
  handicape: 'handicap andicap andicape',
  mutation: 'mutasion',
  'l eau': 'leau',
  pour: 'pr pour',
  dans: 'ds dan',
  'je sais pas': 'jsp jsais jcp',
  bonjour: 'bjr bjour',
  bonsoir: 'bsr',
  vous: 'vs',
  nous: 'ns',
  donc: 'dc',
  'parce que': 'pcq pck psk paske pasque',
  tout: 'tt',
  meme: 'mm',
  quel: 'kel kell',
  quelle: 'kelle',
  'je veux': 'jveux jveu jvx',
  'il y a': 'ya yaa',
  vraiment: 'vrmt vraimen',
  telephone: 'tel',
  desole: 'dsl',
  message: 'msg',
};

/** Folded spelling → the folded words it stands for. */
export const PHONETIC_FRENCH: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [meant, spellings] of Object.entries(SPELLINGS)) {
    const target = foldText(meant);
    for (const spelling of spellings.split(' ')) {
      const key = foldText(spelling);
      if (key && key !== target && !key.includes(' ') && !map.has(key)) map.set(key, target);
    }
  }
  return map;
})();
