// Words for days, periods and times of day, per language (folded; _ joins words, * marks a prefix).
// Month and weekday names come from Intl; these are the words Intl does not give.
import type { Language } from '../../config.js';

export interface CalendarWords {
  today: string;
  tomorrow: string;
  afterTomorrow: string;
  weekend: string;
  thisWeek: string;
  nextWeek: string;
  thisMonth: string;
  nextMonth: string;
  /** "prochain", "next": the following one (a weekday said with it never means today). */
  next: string;
  /** "ce", "this": the coming one, today included. */
  this: string;
  /** Between two days or hours: "du 3 au 7", "between 3 and 7", "3 ile 7 arasi". */
  rangeFrom: string;
  rangeTo: string;
  after: string;
  before: string;
  around: string;
  at: string;
  morning: string;
  noon: string;
  afternoon: string;
  evening: string;
  /** Extra month spellings Intl does not give (Maghreb and darija months, "septembre" typed short). */
  months?: string[];
  /** Extra weekday spellings, Monday first. */
  weekdays?: string[];
  /** Words after an hour meaning afternoon/evening ("5 pm", "5 مساء"). */
  pm: string;
  am: string;
}

export const CALENDAR_WORDS: Record<Language, CalendarWords> = {
  fr: {
    today: "aujourd_hui aujourdhui auj ajd ce_jour ce_soir ce_matin cet_apres_midi",
    tomorrow: 'demain dmn',
    afterTomorrow: 'apres_demain apres_dmn',
    weekend: 'week_end weekend we wk',
    thisWeek: 'cette_semaine cte_semaine',
    nextWeek: 'semaine_prochaine semaine_prochain semaine_pro la_semaine_d_apres semaine_d_apres',
    thisMonth: 'ce_mois ce_mois_ci',
    nextMonth: 'mois_prochain mois_pro mois_d_apres',
    next: 'prochain prochaine pro suivant',
    this: 'ce cette',
    rangeFrom: 'du de entre a_partir_du depuis',
    rangeTo: 'au a jusqu_au jusqu et',
    after: 'apres a_partir_de partir_de des plus_tard_que',
    before: 'avant jusqu_a',
    around: 'vers aux_alentours_de environ',
    at: 'a',
    morning: 'matin matinee le_matin',
    noon: 'midi',
    afternoon: 'apres_midi aprem aprm apm',
    evening: 'soir soiree le_soir',
    pm: '',
    am: '',
    months: ['janv', 'fev|fevr|fevrier', 'mars', 'avr|avril', 'mai', 'juin', 'juil|juillet', 'aout', 'sept|septembre', 'oct|octobre', 'nov|novembre', 'dec|decembre'],
  },
  en: {
    today: 'today tonight this_morning this_afternoon this_evening',
    tomorrow: 'tomorrow tmrw tmr 2moro',
    afterTomorrow: 'day_after_tomorrow',
    weekend: 'weekend week_end',
    thisWeek: 'this_week',
    nextWeek: 'next_week week_after',
    thisMonth: 'this_month',
    nextMonth: 'next_month',
    next: 'next',
    this: 'this coming',
    rangeFrom: 'from between',
    rangeTo: 'to till until and through thru',
    after: 'after from_on past later_than',
    before: 'before by until till',
    around: 'around about approx roughly',
    at: 'at',
    morning: 'morning mornings am_only',
    noon: 'noon midday lunchtime',
    afternoon: 'afternoon afternoons arvo',
    evening: 'evening evenings night tonight',
    pm: 'pm p',
    am: 'am',
  },
  es: {
    today: 'hoy esta_tarde esta_manana esta_noche',
    tomorrow: 'manana',
    afterTomorrow: 'pasado_manana',
    weekend: 'fin_de_semana finde',
    thisWeek: 'esta_semana',
    nextWeek: 'semana_que_viene proxima_semana semana_proxima',
    thisMonth: 'este_mes',
    nextMonth: 'mes_que_viene proximo_mes mes_proximo',
    next: 'proximo proxima que_viene siguiente',
    this: 'este esta',
    rangeFrom: 'del de entre desde',
    rangeTo: 'al a hasta y',
    after: 'despues_de a_partir_de desde_las',
    before: 'antes_de hasta_las',
    around: 'sobre hacia alrededor_de eso_de',
    at: 'a_las a',
    morning: 'por_la_manana la_manana de_manana mananas',
    noon: 'mediodia',
    afternoon: 'tarde por_la_tarde tardes',
    evening: 'noche por_la_noche noches',
    pm: '',
    am: '',
  },
  pt: {
    today: 'hoje esta_tarde esta_manha esta_noite hj',
    tomorrow: 'amanha',
    afterTomorrow: 'depois_de_amanha',
    weekend: 'fim_de_semana fds',
    thisWeek: 'esta_semana essa_semana',
    nextWeek: 'proxima_semana semana_que_vem semana_seguinte',
    thisMonth: 'este_mes esse_mes',
    nextMonth: 'proximo_mes mes_que_vem',
    next: 'proximo proxima que_vem seguinte',
    this: 'este esta esse essa',
    rangeFrom: 'do de entre desde',
    rangeTo: 'ao a ate e',
    after: 'depois_das depois_de a_partir_das a_partir_de',
    before: 'antes_das antes_de ate_as',
    around: 'por_volta_das por_volta_de perto_das cerca_das',
    at: 'as a',
    morning: 'manha de_manha manhas',
    noon: 'meio_dia',
    afternoon: 'tarde a_tarde de_tarde tardes',
    evening: 'noite a_noite de_noite noites',
    pm: '',
    am: '',
  },
  tr: {
    today: 'bugun bu_aksam bu_sabah',
    tomorrow: 'yarin',
    afterTomorrow: 'obur_gun ertesi_gun',
    weekend: 'hafta_sonu haftasonu',
    thisWeek: 'bu_hafta',
    nextWeek: 'gelecek_hafta haftaya onumuzdeki_hafta sonraki_hafta',
    thisMonth: 'bu_ay bu_ayin',
    nextMonth: 'gelecek_ay gelecek_ayin onumuzdeki_ay onumuzdeki_ayin sonraki_ay',
    next: 'gelecek onumuzdeki sonraki haftaki',
    this: 'bu',
    rangeFrom: '',
    rangeTo: 'ile ila ve arasi arasinda',
    after: 'sonra den_sonra dan_sonra ten_sonra tan_sonra itibaren',
    before: 'once den_once dan_once kadar',
    around: 'civari civarinda gibi sularinda',
    at: 'saat',
    morning: 'sabah sabahlari sabahleyin',
    noon: 'ogle ogleyin',
    afternoon: 'ogleden_sonra oglen_sonra ogleden',
    evening: 'aksam aksamlari aksamustu gece',
    pm: '',
    am: '',
    weekdays: ['pazartesi|ptesi', 'sali', 'carsamba|carsambaya', 'persembe|persembeye', 'cuma|cumaya', 'cumartesi|ctesi', 'pazar|pazara'],
  },
  ar: {
    today: 'اليوم ليوم هاد_النهار هذا_اليوم الليله',
    tomorrow: 'غدا غدوه غدا_ان_شاء_الله',
    afterTomorrow: 'بعد_غد بعد_غدا بعد_غدوه',
    weekend: 'نهايه_الاسبوع عطله_نهايه_الاسبوع الويكاند الويكند ويكاند',
    thisWeek: 'هذا_الاسبوع هاد_السيمانه هاد_الاسبوع',
    nextWeek: 'الاسبوع_القادم الاسبوع_المقبل الاسبوع_الجاي السيمانه_الجايه الاسبوع_الي_جاي',
    thisMonth: 'هذا_الشهر هاد_الشهر',
    nextMonth: 'الشهر_القادم الشهر_المقبل الشهر_الجاي الشهر_الي_جاي',
    next: 'القادم القادمه المقبل المقبله الجاي الجايه',
    this: 'هذا هذه هاد',
    rangeFrom: 'من بين',
    rangeTo: 'الى حتى ل و',
    after: 'بعد من_بعد',
    before: 'قبل',
    around: 'حوالي حوال تقريبا مع',
    at: 'على الساعه فالساعه في_الساعه',
    morning: 'الصباح صباحا صباح فالصباح في_الصباح',
    noon: 'الظهر الظهيره',
    afternoon: 'بعد_الظهر بعد_الزوال العشيه فالعشيه عشيه',
    evening: 'المساء مساء مساءا الليل فالليل',
    pm: 'مساء مساءا العشيه الليل',
    am: 'صباحا الصباح',
    months: ['يناير|جانفي|كانون_الثاني', 'فبراير|فيفري|شباط', 'مارس|اذار', 'ابريل|افريل|نيسان', 'مايو|ماي|ايار', 'يونيو|جوان|يونيه|حزيران', 'يوليو|يوليوز|جويليه|تموز', 'اغسطس|غشت|اوت|اب', 'سبتمبر|شتنبر|ايلول', 'اكتوبر|تشرين_الاول', 'نوفمبر|نونبر|تشرين_الثاني', 'ديسمبر|دجنبر|كانون_الاول'],
    weekdays: ['الاثنين|الاتنين|الثنين|اثنين|تنين', 'الثلاثاء|التلات|الثلاثا|تلات', 'الاربعاء|الاربع|لاربعاء|اربعاء', 'الخميس|لخميس|خميس', 'الجمعه|جمعه|الجمعة', 'السبت|سبت|لسبت', 'الاحد|الحد|حد|احد'],
  },
};
