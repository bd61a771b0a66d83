// Words for counting people and telling other numbers apart, per language (folded forms). Used for seats.
import type { Language } from '../../config.js';

export interface PeopleWords {
  /** Number words: index + 1 is the value ("un" → 1). Several spellings share one slot with |. */
  numbers: string;
  /** Nouns that make a number a head count: "3 places", "cinco pessoas", "2 kisi". */
  heads: string;
  /** Nouns of people who come along, one person each: "ma femme", "my son". */
  one: string;
  /** Plural nouns of people: counted by the number before them, or "some" (then confirmed). */
  many: string;
  /** Nouns of two people at once (Arabic duals: "طفلين", "ابنتاي", "صديقتين"). */
  pairs?: string;
  /** Words for the resident themself: "moi", "myself", "ben". */
  self: string;
  /** Phrases for the resident alone, and for two. */
  alone: string;
  two: string;
  /** Words before a number that make it a place (flat 22, bloco 7, kat 3), not people. */
  placeBefore: string;
  /** Words after a number that make it something else than people (ages, floors, dates, times). */
  notPeopleAfter: string;
  /** Phrases before a number that make it the total: "on sera 3", "we are 4". */
  totalBefore: string;
}

/** Arabic nouns with the possessive endings a resident adds: my, our, her, his, their ("بنتها", "أولادنا"). */
function withArabicPossessives(stems: string): string {
  return stems
    .split(' ')
    .flatMap((stem) => [stem, ...['ي', 'نا', 'ها', 'ه', 'هم', 'و', 'ك'].map((end) => stem + end)])
    .join(' ');
}

/** Arabic duals of people nouns, bare or with "my", "our", "her": two people. */
function arabicDuals(stems: string): string {
  return stems
    .split(' ')
    .flatMap((stem) => ['ين', 'ان', 'ينا', 'اي', 'يه', 'يها', 'اه'].map((end) => stem + end))
    .join(' ');
}

export const PEOPLE_WORDS: Record<Language, PeopleWords> = {
  fr: {
    numbers: 'un|une deux trois quatre cinq six sept huit neuf dix onze douze',
    heads: 'place* personne* pers adulte* billet* ticket* inscription* participant*',
    one: 'femme epouse mari conjoint* compagn* copain copine fils fille enfant bebe ami amie pote mere maman pere papa soeur frere voisin voisine cousin cousine tante oncle neveu niece grand* petit_fils petite_fille belle_mere beau_pere',
    many: 'enfants filles amis amies potes parents soeurs freres voisins voisines cousins cousines petits_enfants gosses petits',
    self: 'moi je j moi_meme',
    alone: 'ghir_moi ghir_ana ghi_moi bo7di bou7di bu7di bwa7di b7ohdi bohdi bouhdi juste_moi moi_seul moi_seule seul seule rien_que_moi que_moi seulement_moi uniquement_moi une_place une_seule_place moi_tout_seul',
    two: 'nous_deux a_deux tous_les_deux toutes_les_deux en_couple deux_places',
    placeBefore: 'appartement appart apt appt logement bat batiment bloc immeuble etage porte numero num n no residence escalier chambre bus ligne tour entree allee code',
    notPeopleAfter: 'ans an mois etage eme e er ere h heure heures euro euros eur rue avenue bd',
    totalBefore: 'on_sera on_est nous_serons nous_sommes on_vient_a on_viendra_a serons sera pour',
  },
  en: {
    numbers: 'one|a two three four five six seven eight nine ten eleven twelve',
    heads: 'place* seat* people person* persons adult* ticket* spot* spaces space',
    one: 'wife husband partner son daughter child kid baby friend mum mom mother dad father sister brother neighbour neighbor cousin aunt uncle nephew niece grandma grandmother grandpa grandfather grandson granddaughter boyfriend girlfriend',
    many: 'kids children daughters sons friends parents sisters brothers neighbours neighbors cousins grandchildren grandkids boys girls',
    self: 'me myself i im i_m',
    alone: 'just_me only_me me_alone alone by_myself one_place one_seat one_ticket myself_only just_myself on_my_own',
    two: 'both_of_us the_two_of_us two_of_us me_and_my_partner a_couple',
    placeBefore: 'flat apartment apt unit block building floor door number no room house bus route level entrance stair staircase',
    notPeopleAfter: 'years year yo months floor th st nd rd am pm pounds euros street road',
    totalBefore: 'we_are we_re we_ll_be we_will_be there_ll_be there_will_be there_are for party_of',
  },
  es: {
    numbers: 'uno|una|un dos tres cuatro cinco seis siete ocho nueve diez once doce',
    heads: 'plaza* persona* adulto* entrada* ticket* lugar* sitio*',
    one: 'esposa mujer marido esposo pareja hijo hija nino nina bebe amigo amiga madre mama padre papa hermana hermano vecino vecina primo prima tia tio sobrino sobrina abuela abuelo nieto nieta novio novia',
    many: 'hijos hijas ninos ninas amigos amigas padres hermanas hermanos vecinos primos nietos crios chicos',
    self: 'yo mi conmigo',
    alone: 'solo_yo yo_solo yo_sola sola solo una_plaza una_persona nada_mas_yo solamente_yo',
    two: 'los_dos las_dos nosotros_dos nosotras_dos dos_plazas mi_pareja_y_yo',
    placeBefore: 'piso apartamento apto bloque edificio planta puerta numero num n no portal escalera casa linea',
    notPeopleAfter: 'anos ano meses planta piso h horas euros calle de_enero de_febrero de_marzo de_abril de_mayo de_junio de_julio de_agosto de_septiembre de_octubre de_noviembre de_diciembre',
    totalBefore: 'somos seremos vamos_a_ser vamos para',
  },
  pt: {
    numbers: 'um|uma dois|duas tres quatro cinco seis sete oito nove dez onze doze',
    heads: 'lugar* pessoa* adulto* bilhete* vaga* entrada*',
    one: 'esposa mulher marido companheiro companheira filho filha crianca bebe amigo amiga mae pai irma irmao vizinho vizinha primo prima tia tio sobrinho sobrinha avo neto neta namorado namorada',
    many: 'filhos filhas criancas amigos amigas pais irmas irmaos vizinhos primos netos miudos',
    self: 'eu mim comigo',
    alone: 'so_eu eu_sozinho eu_sozinha sozinho sozinha um_lugar uma_pessoa apenas_eu somente_eu',
    two: 'nos_dois nos_duas os_dois as_duas dois_lugares eu_e_o_meu_marido eu_e_a_minha_mulher',
    placeBefore: 'apartamento apto bloco predio andar porta numero num n no lote casa escada linha torre',
    notPeopleAfter: 'anos ano meses andar h horas euros rua de_janeiro de_fevereiro de_marco de_abril de_maio de_junho de_julho de_agosto de_setembro de_outubro de_novembro de_dezembro',
    totalBefore: 'somos seremos vamos_ser vamos para',
  },
  tr: {
    numbers: 'bir iki uc dort bes alti yedi sekiz dokuz on on_bir on_iki',
    heads: 'kisi* kisilik yer* bilet* adam katilimci* yetiskin*',
    one: 'esim* karim* kocam* oglum* oglu* kizim* kizi* cocugum* bebegim* arkadasim* annem* babam* kardesim* ablam* abim* komsum* kuzenim* teyzem* halam* dayim* amcam* torunum*',
    many: 'cocuklarim* cocuklar cocuk kizlarim* ogullarim* arkadaslarim* kardeslerim* torunlarim* komsularim*',
    self: 'ben beni bana kendim',
    alone: 'sadece_ben yalnizca_ben tek_basima yalniz* tek tek_kisi bir_kisi bir_kisilik kendim_icin',
    two: 'ikimiz iki_kisiyiz esimle_ben esimle_birlikte',
    placeBefore: 'daire no numara blok kat apartman bina kapi sokak oda hat',
    notPeopleAfter: 'yas* ay kat* numara saat da de te ta nolu numarali euro tl ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik',
    totalBefore: 'biz toplam',
  },
  ar: {
    numbers: 'واحد|وحده|واحده اثنين|اثنان|زوج|جوج ثلاثه|تلاته|ثلاث اربعه|ربعه|اربع خمسه|خمس سته|ست سبعه|سبع ثمانيه|تمنيه تسعه|تسع|تسعود عشره|عشر',
    heads: 'كبار صغار اشخاص شخص افراد فرد نفر انفار مقاعد مقعد اماكن مكان بلايص بلاصه بلاصات تذاكر تذكره ناس places personnes',
    one: `زوجتي زوجي زوجها زوجته ${withArabicPossessives('مرات مرت راجل ابن بنت ابنت ولد وليد طفل طفلت صاحب صاحبت صديق صديقت ام مي اب خت اخت اخ خو جار جارت حفيد حفيدت عم عمت خال خالت')} بابا ماما`,
    many: `${withArabicPossessives('اولاد ولاد الاولاد الولاد اطفال الاطفال بنات البنات دراري الدراري اصحاب اصدقاء صديقات صاحبات خوات اخوات اخوت خوت اخوان جيران جارات احفاد حفيدات')}`,
    self: 'انا انايا معايا لي',
    alone: 'غير_انا انا_بوحدي بوحدي وحدي وحدي_فقط فقط_انا انا_فقط شخص_واحد بلاصه_وحده',
    pairs: arabicDuals('ابن ابنت بنت ولد طفل طفلت صاحب صاحبت صديق صديقت اخ اخت جار جارت حفيد حفيدت'),
    two: 'مقعدان مكانان شخصان تذكرتان مكانين بلاصتين زوج_بلايص جوج_بلايص مقعدين كرسيين تذكرتين فردين نفرين شخصين زوج_اشخاص جوج_د_الناس حنا_جوج نحن_الاثنين جوج_ديالنا انا_ومراتي انا_وزوجتي انا_وراجلي انا_وزوجي',
    placeBefore: 'شقه الشقه الطابق طابق عماره العماره رقم البلوك بلوك الباب باب الدار',
    notPeopleAfter: 'سنوات سنين عام سنه شهور اشهر ايام الطابق ساعه يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر',
    totalBefore: 'حنا نحن غنكونو سنكون',
  },
};

/** Words for grown-ups in the six languages, folded ("adultes", "adults", "adultos", "كبار", "yetişkin"): the children named after them add up. */
export const ADULT_WORDS = /^(adult|كبار|الكبار|yetiskin|buyuk)/;
