// Darija as residents type it, in Latin letters (Arabizi: 3 = ع, 7 = ح, 9 = ق) or Arabic script, read as
// the French words the rest of the layer knows. Keys are folded the way foldText folds a message.
import { foldText } from '../../text.js';

/** canonical French words ← the darija spellings that mean them. */
const DARIJA: Record<string, string> = {
  loyer: 'kra lkra lkira kira lkera kera kraa lkraa الكرا كرا الكراء كراء لكرا',
  mois: 'chhar chher chhour chhor chhur ch7al_chhar شهر الشهر شهور اشهر',
  payer: 'nkhalas nkhales nkhless nkhlas khalast khlst khelst khlas khallas tkhalas ykhalas nkhalso khalsna نخلص خلصت خلاص نخلصو يخلص تخلص الخلاص',
  retard: 'm3atel m3atal mt3atel t3atalt t3atelt t3tel m3tel tatal معطل تعطلت متعطل',
  argent: 'flouss flous lflouss lflous floos فلوس الفلوس',
  logement: 'sakan sokna skna dar ddar darna dari الدار دار سكنى السكن سكن دارنا داري',
  chambre: 'bit lbit بيت البيت',
  eau: 'lma lmaa lma2 lmae الما',
  odeur: 'ri7a r7a riha ri7t rihat ri7at lri7a ريحة ريحه الريحة الريحه',
  feu: 'l3afya 3afya l3afia 3afia nar العافية العافيه عافية',
  fumee: 'dkhan dokhan ddkhan dukhan الدخان دخان',
  monte: 'kaytla3 tal3 tala3 kitla3 talaa كيطلع طالع طلع',
  inonde: 'ghar9at gher9at ghr9at ghar9 ghr9 gharqat ghar9et tghre9 غرقات غرقت غرق تغرق',
  tombe: 't7ayad ta7 t7 tah ta7et ta7at tahet طاح طاحت',
  voisin: 'jar jari jiran ljiran jirani ljar الجيران جيران الجار جاري جارتي جارنا',
  bruit: 'sda3 ssda3 ghwat tghwat lhass l7ess صداع الصداع الغوات حس الحس',
  demande: 'talab tlab طلب الطلب',
  papiers: 'wra9 lwra9 lwraq warqa لوراق الوراق وراق',
  femme: 'mrati mraty mra lmra مراتي المرا مرتي',
  mari: 'rajli rajel rajl راجلي',
  enfants: 'wladi wlad lwlad drari ddrari dreri ولادي الولاد الدراري دراري ولاد',
  filles: 'bnati bnat lbnat بناتي البنات بنات',
  fille: 'bnti benti binti bent bnt بنتي',
  fils: 'waldi wlidi weldi weld ولدي وليدي',
  moi: 'ana ana_m3a انا',
  avec: 'm3a m3aya m3ana ma3a معايا معانا مع',
  deux: 'jouj jooj zouj zoj جوج زوج',
  trois: 'tlata tleta تلاتة ثلاثة',
  quatre: 'rb3a reb3a arba3a ربعة',
  cinq: 'khamsa خمسة',
  un: 'wa7ed wahed wa7d wahd واحد',
  demain: 'ghda ghedda ghadda ghedwa ghdwa غدا غدوة',
  aujourdhui: 'lyoum lyouma lyom lyum lioum اليوم',
  semaine: 'simana semana sima l2osbou3 osbou3 سيمانة السيمانة الاسبوع',
  prochain: 'jaya jay jayya jaye الجاية الجاي جاية',
  matin: 'sbah sba7 ssbah fsba7 الصباح صباح',
  'apres-midi': 'l3chiya 3chiya la3chiya l3achiya 3achiya العشية عشية',
  soir: 'lil lill fllil الليل',
  maintenant: 'daba db druk dork دابا',
  beaucoup: 'bzaf bezaf bzzaf بزاف',
  'il-y-a': 'kayn kayna kayen kayna kaine kin كاين كاينة كاينه',
  "n'ai-pas": "ma3andich ma3ndich m3ndich ma3andi ماعنديش ماعندي معنديش",
  veux: 'bghit bghina bgheet nbghi بغيت بغينا',
  de: 'dyal dial dyali dialna ديال ديالي',
  'est-ce-que': 'wach wash واش',
  comment: 'kifach kifash kifech كيفاش',
  quoi: 'chno chnou achno ach شنو اش',
  'ou-est': 'fin feen فين',
  pourquoi: '3lach 3lash علاش',
  peux: 'n9der n9dar nqder nqdar ne9der نقدر',
  reparer: 'tsl7 nsl7 yslah islah sl7 ysle7 nsle7 يصلح نصلح',
  panne: 'mkhasra mkhsra t5asrat tkhasrat khasra khser khasser mherres mhrres kherbou مخسرة تخسرات خاسر مهرس',
  porte: 'bab lbab الباب باب',
  escalier: 'draj ddraj الدروج الدرج',
  electricite: 'dou do daw ddaw triciti trisinti الضو الضوء',
  cuisine: 'lcuisine cozina lkouzina كوزينة الكوزينة',
  cave: 'lcave',
  travail: 'khdma lkhdma خدمة الخدمة',
  malade: 'mrid mrida مريض مريضة',
  vieux: 'kbir kbira lkbira شيباني',
  fuite: 'kaysil sayl kayqtar kay9tar كيسيل كيقطر سايل',
  huissier: 'lhuissier lwissi wissi lhwissi الويسي ويسي لويسي الهويسي',
  expulsion: 'yjriw yjerriw tjra khrjoni ykhrjoni طردوني يخرجوني',
  partir: 'nkhrej nkhrj nkhwi nkhawi نخوي نخرج',
  changer: 'nbdel nbedel nbddel tbdel نبدل تبدل',
  acheter: 'nchri nechri nchriw نشري',
  assurance: 'ta2min tamine التامين lasurance lassurance lasuranss lasirans asirans لاسورانس الاسورانس اسورانس السورانس لاصورانص الاسيرونس اسيرونس لاسيرونس للاسيرونس للاسورانس',
  contrat: 'lkontra kontra lcontrat lkontra الكونطرا كونطرا الكونترا كونترا الكونتراط',
  gaz: 'lgaz lgas lgaaz الغاز الگاز',
  'peux-pas': 'ma9dertch ma9derch manqderch ma9adrch man9derch ماقدرتش ماقدرش مانقدرش',
  'moisissure': 'l3fen 3fen l3afen العفن',
  'chaude': 'skhoun sskhoun skhon skhouna سخون السخون',
  'resilier': 'nfsakh nfsekh fsakh nfsekh نفسخ',
  'cles': 'sarout sarot swaret ssarout sswaret السوارت سوارت',
  'petit': 'sghira sghir sghar صغيرة صغير',
  'grand': 'kbira kbir كبيرة',
  'rue': 'zen9a zan9a zenqa zanqa الزنقة زنقة فالزنقة',
  'dormir': 'nbat nbit nn3es kan3es n3es نبات ننعس كنعس',
  'peinture': 'nsbegh sbagh sbegh nsbgh نصبغ الصباغة',
  'parti': 'khrej khrjat khrej khroj خرج خرجات',
  'proprietaire': 'mol moula مول',
  'divorce': 'tl9t tl9at tla9 tl9na tlaqt تطلقت الطلاق',
  'energie': 'الطاقة ta9a taqa',
  'cheque': 'chik chek الشيك',
  'jamais': '3emmer',
  'ecole': 'lmadrasa',
  sort: 'kaykhrej kaykhroj kharej kaykhrj كيخرج خارج',
  'me-frappe': 'kaydrabni kaydrbni kaydarbni kaydreb ydrabni drabni كيضربني ضربني يضربني',
  aide: 'mosa3ada mousa3ada 3awni 3awnouni مساعدة عاونوني',
  tribunal: 'l9adi lqadi 9adi qadi lmahkama mahkama lm7kama m7kama المحكمة محكمة القاضي',
  syndic: 'sandik sanedik syndik lsyndic السانديك سانديك',
  chauffage: 'chofaj chofage chaufaj lchofaj الشوفاج شوفاج',
  cafards: 'sraser sraseer srasr sarsar الصراصر صراصر سراسر',
  'eau-chaude': 'lma_skhoun',
  humidite: 'rtoba rtouba ntawba الرطوبة رطوبة',
  ascenseur: 'sansor ssansour lasanseur السانسور سانسور',
  rendre: 'yraddo yreddo yraddou raddo nradd yrj3o yrje3o rj3o يردو ردو يرجعو رجعو',
  ferme: 'kaytsed kaytsedd tsed ytsed كيتسد يتسد تسد',
  facture: 'lfactura factura fatura lfatura الفاتورة فاتورة الفكتورة',
};

/** Folded darija word → the canonical words it stands for. */
export const ARABIZI_WORDS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [canonical, spellings] of Object.entries(DARIJA)) {
    const target = canonical.replace(/-/g, ' ');
    for (const spelling of spellings.split(' ')) {
      const key = foldText(spelling.replace(/_/g, ' '));
      if (key && !key.includes(' ') && !map.has(key)) map.set(key, target);
    }
  }
  return map;
})();

/** Darija words common enough in Latin letters to tell Arabizi from French or English. */
export const ARABIZI_MARKERS: ReadonlySet<string> = new Set(
  'bghit bghina kayn kayna kayen dyal dial dyali wach wash kifach kifash chno chnou achno fin 3lach daba bzaf bezaf ma3andich ma3ndich lkra kra chhar chhour khlas nkhalas n9der nqder m3a m3aya ana rani raha rah wlad wladi mrati jouj ghda lyoum simana jaya sbah l3chiya lma ri7a l3afya dkhan ghar9at t7ayad jiran ljiran sda3 wra9 lwra9 safi wakha mazal baqi walo hna tma dak dik had hadi hada 3andi 3andna kifesh ila ghir chi chwiya b7al m3atel'.split(' '),
);
