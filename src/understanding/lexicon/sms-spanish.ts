// Spanish written SMS style or by ear ("q", "xq", "kiero", "alkiler", "calefacion") read as the words meant.
import { spellingMap } from './spelling-map.js';

const SPELLINGS: Record<string, string> = {
  que: 'q k ke qe',
  porque: 'xq pq porq xk pk xke porke',
  por: 'x xr',
  para: 'pa pra',
  tambien: 'tb tmb tambn tbn',
  de: 'd',
  donde: 'dnd dond',
  'por favor': 'xfa porfa xfavor plis',
  quiero: 'kiero qiero kero',
  aqui: 'aki',
  casa: 'ksa',
  mucho: 'mxo muxo',
  estoy: 'toy stoy',
  esta: 'sta',
  gracias: 'grax grcs',
  'no se': 'nose nc',
  alquiler: 'alkiler alquile alquiller arquiler alkilr',
  calefaccion: 'calefacion calefasion kalefaccion calefaxion',
  humedad: 'umedad humeda umeda',
  vecino: 'bezino vesino becino',
  vecinos: 'bezinos vesinos becinos',
  fianza: 'fiansa fiamza',
  contrato: 'kontrato contrto',
  ayuda: 'alluda ayudas',
  desahucio: 'desaucio desaujo desahusio',
  llaves: 'yaves llabes',
  caldera: 'kaldera',
  arreglar: 'areglar arreglen areglen',
  averia: 'abería aberia',
  mudanza: 'mudansa',
  luz: 'lus',
  recibo: 'resibo',
  seguro: 'seguros',
};

/** Folded spelling → the folded words it stands for. */
export const SMS_SPANISH: ReadonlyMap<string, string> = spellingMap(SPELLINGS);
