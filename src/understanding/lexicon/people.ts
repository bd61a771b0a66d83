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
  /** Nouns of two people at once: "twins", "mes parents", Arabic duals ("طفلين", "ابنتاي", "صديقتين"). */
  pairs: string;
  /** Nouns of three people at once: "triplés", "triplets". */
  triples: string;
  /** Number words as residents spell them by ear or with a typo ("troi", "kato"): read, then always said back. */
  soundsLike: string;
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
  /** Words that never change a count (please, hello, yes, "I want to book"): a count said with only these is plain. */
  filler: string;
  /** Words that take back a number said before ("3 non pardon 4", "4, sorry I meant 5", "ربعة لا خمسة"). */
  corrections: string;
  /** Words that say someone does not come ("mon mari vient pas", "my wife works that day"). */
  absent: string;
  /** Words after which the people named do not come ("sans mon mari"). */
  without: string;
  /** Words that start a new part of the message: a part that says someone does not come is left out. */
  clauseBreaks: string;
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
  // French, and darija typed in Latin letters (Arabizi is read through the French words).
  fr: {
    numbers: 'un|une deux trois quatre cinq six sept huit neuf dix onze douze',
    soundsLike:
      '- deu|deus|deuh|deuz troi|troa|trwa|troit|troix katr|katre|kat|kate|kato|catre|quatr|quate sinq|sink|cink|saink sis|sise|siss|sitta|setta|stta set|sete|sette|seb3a|sab3a|sba3 uit|huite|wit|tmanya|tmnya|tmenya neu|noeuf|ts3ud|tes3oud dis|disse|diz|3achra|3ashra',
    heads: 'place* personne* pers adulte* billet* ticket* inscription* participant*',
    one: 'femme fame famme fam fem epouse epous mari homme conjoint* compagn* copain copine fils fille enfant bebe lbebe ami amie pote mere maman pere papa soeur frere voisin voisine cousin cousine tante oncle neveu niece grand* petit_fils petite_fille belle_mere beau_pere belle_soeur beau_frere belle_fille beau_fils grand_mere grand_pere arriere_grand_mere grand_frere grande_soeur petit_frere petite_soeur mamie mami papi papy pepe meme gamin gamine garcon fiston petite ptite ptit mome loulou ado mama baba mmi yemma khti khoti okhti khouya khoya khay sahbi sa7bi sahbti sa7bti mrato mratou rajlha rajelha bentha bnto wlido wldo wldha khtha khtou mmha mmo',
    many: 'enfants filles amis amies potes soeurs freres voisins voisines cousins cousines petits_enfants grands_enfants arriere_petits_enfants gosses petits gamins gamines garcons momes loulous ados minots marmots bambins',
    pairs: 'parents grands_parents beaux_parents jumeaux jumelles lwalidin walidin lwalidine',
    triples: 'triples triplees',
    self: 'moi je j moi_meme',
    alone: 'ghir_moi ghir_ana ghi_moi bo7di bou7di bu7di bwa7di b7ohdi bohdi bouhdi juste_moi moi_seul moi_seule seul seule rien_que_moi que_moi seulement_moi uniquement_moi une_place une_seule_place moi_tout_seul',
    two: 'nous_deux a_deux tous_les_deux toutes_les_deux en_couple un_couple deux_places',
    placeBefore: 'appartement appart apt appt logement bat batiment bloc immeuble etage porte numero num n no residence escalier chambre bus ligne tour entree allee code l3imara 3imara imara chi9a chqa chqqa ra9m raqm tabi9 tabe9 ttabi9 ttabe9 tabiq ttabiq',
    notPeopleAfter: 'ans an mois etage eme e er ere h heure heures euro euros eur rue avenue bd 3am sna snin',
    totalBefore: 'on_sera on_est nous_serons nous_sommes on_vient_a on_viendra_a serons sera pour',
    filler:
      'svp stp sil vous te plait plais merci bonjour bonsoir salut slt bjr coucou ok okay oui ouais daccord d accord bon alors voila reserver reserve reservez reservation inscrire inscris inscrit m veux voudrais voudrait voulons aimerais souhaite souhaiterais prendre prends mettez mettre mets et 3afak afak salam slm wakha viens vient venir viendrai viendra viendrons venons ghadi nji njiw',
    corrections: 'non pardon plutot enfin finalement erreur oups dsl desole la smeh smehli smahli',
    absent: 'pas peut_pas travaille bosse taf boulot malade absent absente occupe occupee mach machi khddam khdam mrid',
    without: 'sans sauf excepte bla',
    clauseBreaks: 'mais parce car donc alors puisque sinon walakin 7it hit',
  },
  en: {
    numbers: 'one|a two three four five six seven eight nine ten eleven twelve',
    soundsLike: '- tow|tu tree|thre|tri fore|foor fiv|fyve|fife sixx|siks sevn|sevan eigth|eigt nien tenn',
    heads: 'place* seat* people ppl person* persons adult* grown* ticket* spot* spaces space',
    one: 'wife missus husband hubby partner toddler infant teen teenager son daughter child kid baby friend mate pal buddy mum mom mother dad father sister brother neighbour neighbor cousin aunt uncle nephew niece grandma grandmother grandpa grandfather grandad granddad granny gran nan nana grandson granddaughter stepson stepdaughter stepdad stepmum stepmom boyfriend girlfriend bf gf fiance fiancee colleague',
    many: 'kids kiddos toddlers teens teenagers children daughters sons friends mates sisters brothers neighbours neighbors cousins grandchildren grandkids boys girls colleagues',
    pairs: 'parents grandparents twins',
    triples: 'triplets',
    self: 'me myself i im i_m',
    alone: 'just_me only_me me_alone alone by_myself one_place one_seat one_ticket myself_only just_myself on_my_own',
    two: 'both_of_us the_two_of_us two_of_us me_and_my_partner a_couple',
    placeBefore: 'flat apartment apt unit block building floor door number no room house bus route level entrance stair staircase',
    notPeopleAfter: 'years year yo months floor th st nd rd am pm pounds euros street road',
    totalBefore: 'we_are we_re we_ll_be we_will_be there_ll_be there_will_be there_are for party_of',
    filler: 'please pls plz thanks thank you thx cheers hi hello hey yes yeah yep ok okay sure book reserve want wanna would d need put down sign up register get and come coming',
    corrections: 'sorry no nope actually mean meant rather oops',
    absent: 'not cant cannot t wont isnt doesnt working works busy sick ill away',
    without: 'without except minus',
    clauseBreaks: 'but because cause since so though',
  },
  es: {
    numbers: 'uno|una|un dos tres cuatro cinco seis siete ocho nueve diez once doce',
    soundsLike: '- - trez|tre quatro sinco|zinco seiz siette ocio nuebe dies',
    heads: 'plaza* persona* adulto* entrada* ticket* lugar* sitio*',
    one: 'esposa mujer marido esposo pareja hijo hija nino nina nene nena chico chica crio cria peque bebe amigo amiga madre mama padre papa hermana hermano vecino vecina primo prima tia tio sobrino sobrina abuela abuelo abuelita abuelito nieto nieta novio novia suegra suegro yerno nuera cunado cunada companero companera colega',
    many: 'hijos hijas ninos ninas nenes nenas amigos amigas hermanas hermanos vecinos primos nietos abuelos crios chicos chicas peques companeros colegas',
    pairs: 'padres gemelos gemelas mellizos mellizas',
    triples: 'trillizos trillizas',
    self: 'yo mi conmigo',
    alone: 'solo_yo yo_solo yo_sola sola solo una_plaza una_persona nada_mas_yo solamente_yo',
    two: 'los_dos las_dos nosotros_dos nosotras_dos dos_plazas mi_pareja_y_yo una_pareja',
    placeBefore: 'piso apartamento apto bloque edificio planta puerta numero num n no portal escalera casa linea',
    notPeopleAfter: 'anos ano meses planta piso h horas euros calle de_enero de_febrero de_marzo de_abril de_mayo de_junio de_julio de_agosto de_septiembre de_octubre de_noviembre de_diciembre',
    totalBefore: 'somos seremos vamos_a_ser vamos para',
    filler: 'por favor porfa porfavor gracias hola buenas vale ok bueno quiero queria querria reservar reserva apuntar apuntame apunta inscribir inscribirme necesito pon ponme y voy vamos iremos ire vengo venimos',
    corrections: 'no perdon perdona mejor digo corrijo error',
    absent: 'no trabaja enfermo enferma ocupado ocupada tampoco ni',
    without: 'sin menos excepto salvo',
    clauseBreaks: 'pero porque asi entonces pues',
  },
  pt: {
    numbers: 'um|uma dois|duas tres quatro cinco seis sete oito nove dez onze doze',
    soundsLike: '- doiz|dous treis|trez quatru sinco seiz seti oitu novi -',
    heads: 'lugar* pessoa* adulto* bilhete* vaga* entrada*',
    one: 'esposa mulher marido companheiro companheira filho filha crianca bebe menino menina miudo miuda garoto garota amigo amiga mae pai irma irmao vizinho vizinha primo prima tia tio sobrinho sobrinha avo neto neta namorado namorada sogra sogro genro nora cunhado cunhada colega',
    many: 'filhos filhas criancas meninos meninas miudos miudas garotos garotas amigos amigas irmas irmaos vizinhos primos netos avos colegas',
    pairs: 'pais gemeos gemeas',
    triples: 'trigemeos trigemeas',
    self: 'eu mim comigo',
    alone: 'so_eu eu_sozinho eu_sozinha sozinho sozinha um_lugar uma_pessoa apenas_eu somente_eu',
    two: 'nos_dois nos_duas os_dois as_duas dois_lugares eu_e_o_meu_marido eu_e_a_minha_mulher um_casal casal',
    placeBefore: 'apartamento apto bloco predio andar porta numero num n no lote casa escada linha torre',
    notPeopleAfter: 'anos ano meses andar h horas euros rua de_janeiro de_fevereiro de_marco de_abril de_maio de_junho de_julho de_agosto de_setembro de_outubro de_novembro de_dezembro',
    totalBefore: 'somos seremos vamos_ser vamos para',
    filler: 'por favor obrigado obrigada ola oi sim ok queria quero gostaria reservar reserva inscrever marcar preciso e vou vamos vai iremos venho',
    corrections: 'nao desculpa alias melhor digo erro perdao engano',
    absent: 'nao trabalha doente ocupado ocupada nem',
    without: 'sem menos exceto salvo',
    clauseBreaks: 'mas porque entao pois',
  },
  tr: {
    numbers: 'bir|bi iki uc dort bes alti yedi sekiz dokuz on on_bir on_iki',
    soundsLike: '- ikki uch dord|dordt - - yedy - dokkuz -',
    heads: 'kisi* kisilik yer* bilet* adam katilimci* yetiskin* buyuk* kucuk*',
    one: 'esim* karim* kocam* oglum* oglu* kizim* kizi* kizkardes* cocugum* bebek* bebegim* arkadasim* annem* babam* kardesim* ablam* abim* komsum* kuzenim* teyzem* halam* dayim* amcam* torunum* anneannem* babaannem* dedem* ninem* kaynanam* kayinvalidem* gelinim* damadim* yegenim* sevgilim* nisanlim* hanimim* beyim*',
    many: 'cocuklar* cocuk oglan* kizlar* ogullar* arkadaslar* kardesler* torunlar* komsular* yegenler*',
    pairs: 'ikizler* ebeveyn*',
    triples: 'ucuzler*',
    self: 'ben beni bana kendim',
    alone: 'sadece_ben yalnizca_ben tek_basima yalniz* tek tek_kisi bir_kisi bir_kisilik kendim_icin',
    two: 'ikimiz iki_kisiyiz esimle_ben esimle_birlikte',
    placeBefore: 'daire no numara blok kat apartman bina kapi sokak oda hat',
    notPeopleAfter: 'yas* ay kat* numara saat da de te ta nolu numarali euro tl ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik',
    totalBefore: 'biz toplam',
    filler: 'lutfen tesekkurler tesekkur ederim sagol sagolun merhaba selam slm evet tamam olur istiyorum isterim istiyoruz ayirin ayir rezervasyon rezerve kayit yazin yaz kaydol icin ve gelirim gelecegim geliyorum geliriz gelecegiz geliyoruz',
    corrections: 'yok pardon hayir yani aslinda degil yanlis',
    absent: 'gelmi* gelme* gelemi* gelemez* calisiyor hasta mesgul yok degil haric disinda',
    without: 'olmadan',
    clauseBreaks: 'ama fakat cunku ancak',
  },
  ar: {
    numbers: 'واحد|وحده|واحده اثنين|اثنان|زوج|جوج ثلاثه|تلاته|ثلاث اربعه|ربعه|اربع خمسه|خمس سته|ست سبعه|سبع ثمانيه|تمنيه تسعه|تسع|تسعود عشره|عشر',
    soundsLike: '- اتنين|تنين|ثنين ثلاته|تلات - خمسا ستا سبعا تمانيه تسعا عشرا',
    heads: 'كبار صغار كبير كبيره صغير صغيره بالغ بالغان بالغين اشخاص شخص افراد فرد نفر انفار مقاعد مقعد اماكن مكان بلايص بلاصه بلاصات تذاكر تذكره ناس places personnes',
    one: `زوجتي زوجي زوجها زوجته ${withArabicPossessives('مرات مرت راجل ابن بنت ابنت ولد وليد طفل طفلت رضيع صاحب صاحبت صديق صديقت ام مي اب خت اخت اخ خو جار جارت حفيد حفيدت عم عمت خال خالت جد جدت حمات نسيب')} بابا ماما بيبي البيبي خويا الواليد الواليده`,
    many: `${withArabicPossessives('اولاد ولاد الاولاد الولاد اطفال الاطفال بنات البنات دراري الدراري اصحاب اصدقاء صديقات صاحبات خوات اخوات اخوت خوت اخوان جيران جارات احفاد حفيدات')}`,
    self: 'انا انايا معايا لي',
    alone: 'غير_انا انا_بوحدي بوحدي وحدي وحدي_فقط فقط_انا انا_فقط شخص_واحد بلاصه_وحده',
    pairs: `${arabicDuals('ابن ابنت بنت ولد طفل طفلت صاحب صاحبت صديق صديقت اخ اخت جار جارت حفيد حفيدت')} الوالدين الواليدين والدين واليدين والداي والديا توام التوام توامي توامين التوامين`,
    triples: '',
    two: 'مقعدان مكانان شخصان تذكرتان مكانين بلاصتين زوج_بلايص جوج_بلايص مقعدين كرسيين تذكرتين فردين نفرين شخصين زوج_اشخاص جوج_د_الناس حنا_جوج نحن_الاثنين جوج_ديالنا انا_ومراتي انا_وزوجتي انا_وراجلي انا_وزوجي',
    placeBefore: 'شقه الشقه الطابق طابق عماره العماره رقم البلوك بلوك الباب باب الدار',
    notPeopleAfter: 'سنوات سنين عام سنه شهور اشهر ايام الطابق ساعه يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر',
    totalBefore: 'حنا نحن غنكونو سنكون',
    filler: 'من فضلك فضلك عافاك لو سمحت شكرا السلام سلام عليكم مرحبا نعم اه ايه واخا بغيت بغينا اريد نريد احجز احجزلي نحجز حجز سجل سجلني سجلنا و جاي جايين غادي نجي نجيو نحضر سنحضر ساحضر سناتي',
    corrections: 'لا عفوا اسف اقصد بل سمحلي سمحيلي غلطت',
    absent: 'ما مش ماشي ماغاديش مايجيش لن لا يخدم خدام خدامه مريض مريضه مشغول مشغوله',
    without: 'بدون بلا',
    clauseBreaks: 'لكن ولكن لان حيت حيث',
  },
};

/** Words for grown-ups in the six languages, folded ("adultes", "adults", "adultos", "كبار", "yetişkin"): the children named after them add up. */
export const ADULT_WORDS = /^(adult|grown|كبار|الكبار|كبير|بالغ|yetiskin|buyuk)/;
