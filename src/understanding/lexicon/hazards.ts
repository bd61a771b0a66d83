// Concepts a danger is told with, in every language (folded forms; darija in Arabic script and Arabizi,
// Turkish without its letters). The emergency reader combines them: a hazard, a sense or a state, a time.
// Spaces separate entries, _ joins the words of a phrase (in order, up to two words between), * is a prefix.
// Arabic words are matched with their clitics (و ف ب ل ال ك) and darija's present marker (كي كا) taken off.

export const HAZARD_CONCEPTS = {
  // --- gas
  gas: `gaziniere gazinera gaz gas gaza gazi gazin gazdan gazla lgaz lgas butane butano bombona botija bouteille_de_gaz propane propano monoxyde monoxide monoxido monoxid* غاز الغاز گاز بوطا البوطا
    karbonmonoksit dogalgaz dogal_gaz tup
    bouta lbouta bota lbota boutagaz butagaz lboutagaz
    gaze gazz gass doğalgaz dogalgazi dogalgazdan`,
  smell: `odeur* sent sens sentir senti pue puer puent renifl* smell* stink* stench reek* whiff olor* huele huelo oler apesta cheir* fedor fede
    koku* kokuyor kokusu ريحه رائحه ريحت كتشم نشم شميت شامه كاتشم ri7a riha r7a
    اشم نشم كنشم شميت smell_of sniff*
    ri7t ri7et ri7at rihat
    schling* chling* refoule
    sa_sen ca_sen ya_sen kokyor kokyo kokuyo kokmaya kokar kokmus kokusu_var`,
  rottenEgg: `oeuf_pourri oeufs_pourris oeuf_pouri euf_pourri rotten_egg* bad_eggs huevo*_podrido* ovo*_podre* curuk_yumurta* بيض_خامج بيض_فاسد البيض_الخامج`,
  leak: `kaytsreb* tsreb* tasarrub* escape_de_gas escape_de_agua escapa fuite* fuit fuir leak* leaking fuga* echappe* vaza* sizinti sizdiriyor kacak* kaciyor kacti تسرب تسريب كيتسرب كيهرب هارب
    tasrib* tsrib* tasreeb tassrib
    kacagi kacak_var kaciyo sizdiriyo يتسرب تتسرب يسرب`,
  hiss: `kaysifel* kaysfer* sifel* kayzfer* siffle sifflement hiss* silba silbido chiad* tisliyor فشيش
    siffl* sifla* silb* chiad*`,
  // --- fire
  smoke: `fumee* enfume* smoke smoky humo* humea fumo* fumaca* duman* دخان الدخان دخان* dkhan dokhan d5an
    la_fumer de_la_fumer la_fume de_la_fume du_fume d_la_fumee dukhane dokhane dukhan
    dla_fumer dla_fume d_la_fumer`,
  fire: `feu incendi* insendi* flamme* brule brulent crame crament fire flame* burning burnt ablaze blaze fuego* llamas llamarada* incendio* quema* arde ardiendo
    fogo chamas arder ardendo queima* pegou_fogo yangin* alev* yaniyor yandi حريق نار شعل* تشعل* كتشعل* كيتحرق تحرق* احترق* 7ri9 kat7re9* kat7r9* kat7er9* 7re9* 7riga l7riga t7re9* kayt7r9* 7r9at l3afya_cha3la cha3la cha3lat
    se_prendio se_prendieron prendio_fuego se_incendio pris_feu a_pris_feu prend_feu caught_fire caught_on_fire on_fire alev_aldi tutustu tch3al tcha3lat شعلات
    7rik 7rike l7rik l7rike 7rika l7rika 7ri9a l7ri9 l7ri9a 7riqa l7riqa kayt7ere9 kat7ere9 t7r9at t7ar9at yaniyo tutustu alev_aldi ates_var yangin_cikti يحترق تحترق احتراق`,
  sparks: `etincelle* grésille gresille crepite spark* sparking chispa* chispea faisca* faiscas kivilcim* شرار* تشرشر
    etincel* chrar* chrara شرار kivilcim* kıvılcım faisc* fagulh* court_circuit court_jus short_circuit cortocircuito curto_circuito kisa_devre`,
  fireAlarmOnly: `detecteur* detetor* detector* detektor* dedektor* alarme* alarm* alarma* sirene siren* كاشف*
    الديتيكتور ديتيكتور لديتيكتور كشف جهاز_كشف جهاز_الانذار انذار* الانذار detektor dedektor* الصفاره`,
  // --- water
  water: `مياه المياه lmiyah eau l_eau leau water agua* agu* aguas su suyu sular sudan ماء الماء الما ما_كثير lma lmaa el_ma
    l_ma l_maa lmae lo_coule lo_tonbe lo_tombe lo_partou lo_monte lo_rentre lo_coul`,
  flooding: `ghmer* ghmr* inond* innond* deborde* debord* submerg* flood* overflow* inunda* desborda* aneg* alag* inunda* transbord* su_basti su_basmis taşti tasti tasiyor basti غرق* فيضان فاض* كيفيض ghr9* ghar9*
    basement_flooded sous_l_eau under_water bajo_el_agua debaixo_de_agua su_basiyor su_basmis su_basti
    يغرق* تغرق* كيغرق* كتغرق* غرقات ghre9 ghr9at ghre9at
    su_basiyo su_bastı
    يغمر تغمر غمر* مغمور`,
  pouring: `dakhel dakhla dakhlin kaydkhol تتدفق* يتدفق* تدفق* coule* ruissel* degouline* jaillit gicle pissent pisse gush* pouring pours rushing streaming spraying chorre* sale_agua sale_mucha saliendo sai saindo jorra* escorre* akiyor akti fiskir* 
    كيطلع يطلع كيخرج يخرج كيسيل يسيل كينزل ينزل nazel kaytla3 kaykhroj kaykhrej kay5rej kaykhrj kharej 5arej kaysil kaysiil
    coming_through coming_from_under coming_under comes_under coming_down comes_down coming_in_under coming_out_of entering_the
    borbot* chorro* a_chorros agua_sale sale_el_agua jorr* jorro* fiskiriyo* يتدفق
    akiyo akiyor fiskiriyo tonbe_du tombe_du tonbe_sur lo_tonbe lo_tombe lo_coule`,
  rising: `ytla3 kayzid kaytzad wsel wslat wsal wasel wslt monte montee rising rises sube subiendo sobe subindo yukseliyor يطلع طالع tal3 tla3 kayetla3 tal3a
    yukseli* يرتفع ترتفع ارتفع ارتفاع كيرتافع kayrtafe3 kayrtafa3 tayla3
    wasal wasla wslat wasel_l wsel_l
    sta_a_subir esta_a_subir yukseliyo
    يصل تصل وصل وصلت`,
  depth: `ankle* knee* knees cheville* genou* rodilla* tobillo* joelho* tornozelo* diz* dizime dizlerime bilegime ركابي الركابي للركابي ركبه ركبتي rkabi rekba rokba rkaybi jusqu_aux jusqu_au up_to_my up_to_the hasta_las hasta_los ate_aos ate_os chega_aos`,
  ceiling: `plafond* ceiling* techo* teto* tavan* سقف السقف sqef ssqef sqf sa9f s9f
    plafon*`,
  burst: `eclate* pete petee explose* burst* broke_pipe rebent* estour* revent* roto_el_tubo tuberia_rota patla* تفرگع تفركع تقطع ترزات t9te3 t9ta3 tfergea tferga* tfrg3* tfarga*
    تفرگع* تفركع* تفرقع* انفجر* تفجر* tferg* tfergea tfarga3 tferga3 tfrga3 patladi patlamis patladi patliyor rompio_la_tuberia rompio_el_cano se_rompio rebentou estourou`,
  pipe: `tuyau* canalisation* conduite* pipe* tuberia* cano canos boru* tube* جعبه قاديه الروبيني`,
  electric: `light_fitting lampe lustre lamp lampara luminaria lamba kahraba lkahraba trisinti prises prise_electrique prise_de_courant electri* tableau_electrique outlet* socket* wiring fusebox enchufe* electric* tomada* eletric* priz* elektrik* كهرباء الضو الضوء trisinti tri9
    sigorta_kutu* sigortalar elektrik_panosu pano  disjoncteur* fuse_box fuse* breaker* cable* fil_electrique fils_electriques wires cuadro_electrico  quadro_eletrico   العداد الكونتور الكونطور الضو كونتور kontor lkontor compteur
    compteur_electrique compteur_d_electricite contador_de_luz contador_electrico quadro_eletrico prise la_prise les_prises une_prise l_prise
    lumier* lumiere* electrocut* lectrocut* delectrocut*
    المقابس مقابس مقبس الكهربائيه كهربائي*`,
  // --- body
  fall: `t7ayda t7ayed t7ayd t7et t7at ta7t tay7 t7ayh tombe* chute fell fallen falling fall cayo caido caida caiu caido caida dustu dusmus dustü طاح طاحت طايح سقط سقطت ta7 ta7et ta7at tah tahet tahat tayh
    tay7a tay7in ta7et tay7et
    tonbe tonbé tonber dusuyo dusuyor dusmus dustu dusecek`,
  blood: `sang saign* blood* bleed* sangr* sangue* kan_var kan_geliyor kan_akiyor kanlar kaniyor kanama* kaniyo دم الدم كينزف ينزف نزيف demm dem ddem kaynzef* kaynzf* nazef nzif
    segne segn* seigne sègne
    kan_kaybediyo* kan_kaybed* cok_kan pierde_sangre perdendo_sangue perd_du_sang perd_beaucoup_de_sang losing_blood`,
  unconscious: `ma_kat7llch ma_kay7ellch ma_kat7elch ma_kay7elch n_ouvre_pas_les_yeux ouvre_plus_les_yeux not_opening_her_eyes not_opening_his_eyes won_t_open_his_eyes won_t_open_her_eyes no_abre_los_ojos nao_abre_os_olhos gozlerini_acmiyor ma_bqatch_kathder ma_b9atch_kathder ma_bqach_kayhder ma_b9ach_kayhder ghmat_3liha ghma_3liha ghmi_3liha tghmat mghmia not_moving isn_t_moving wont_move no_reacciona no_contesta nao_se_mexe hareket_etmiyor ما_كيتحركش seizure* convulsion* convuls* crise_d_epilepsie epilepsi* nobet_geciriyor overdose sobredosis intoxique* intoxica* ghmi_3lih ghma_3lih tghma inconscien* evanoui* perdu_connaissance perd_connaissance repond_plus repond_pas reagit_plus bouge_plus bouge_pas unconscious passed_out fainted faint* not_responding unresponsive wont_wake won_t_wake
    inconscient* desmay* desmai* no_responde nao_responde nao_reage no_reacciona bayil* ayilmiyor tepki_vermiyor kendine_gelmiyor
    مغمى مغشي غاب_عليه ما_كيجاوبش ما_كيتحركش sakhfa skhef ma_katjawebch ma_kayjawebch ma_kaytharrekch ma_kat7arrekch ma_kaydwich mghmi
    having_a_fit had_a_fit fitting_on convulsing en_convulsion convulsionando convulsionan convulsionou nobet* kriz_geciriyor sara_krizi
    cevap_vermiyo* tepki_vermiyo* uyanmiyo* ayilmiyo* kendine_gelmiyo* gozunu_acmiyo*
    overdos* od_d اغمي_عليه اغمي_عليها اغمى_عليه اغمى_عليها تغمى يغمى مغمي* مغشي* غمى_عليه غمى_عليها tghma* ghma_3li*
    فقد_وعي* فقدت_وعي* فقد_الوعي فاقد_الوعي uyandiramiyo* uyanmiyo* ما_بقاش_كيفيق ما_كيفيقش ماكيفيقش ma_kayfi9ch ma_katfi9ch makayfi9ch
    konusmuyo* konusamiyo* كتفيقش كيفيقش ماكتفيقش ماكيفيقش ما_كتفيقش ما_كيفيقش katfi9ch kayfi9ch makatfi9ch makayfi9ch ma_katfi9ch
    jato_crise jatha_crise jatou_crise jat_lih_crise fait_une_crise_d_epilepsie having_a_seizure has_a_seizure جاتو_كريز جاتها_كريز
    electric_shock got_a_shock electrocut* electrocute* s_est_electrocute* coup_de_jus descarga_electrica electrocutad* choque_eletrico eletrocutad* elektrik_carpti* carpildi ضربو_الضو ضربها_الضو drbo_trisinti drbo_do drbha_do
    perdido_el_conocimiento perdio_el_conocimiento perdio_el_sentido perdeu_os_sentidos perdeu_a_consciencia perdeu_o_conhecimento bilincini_kaybet* bayginlik_geciriyo*
    b_courant tqet3at_b tqta3_b drbha_lcourant drbo_lcourant levei_um_choque choque_na_tomada um_choque recibi_una_descarga una_descarga me_dio_corriente`,
  noBreath: `makaytn* respire_plus respire_pas respire_mal peut_pas_respirer peux_pas_respirer etouffe* not_breathing isn_t_breathing can_t_breathe cant_breathe stopped_breathing choking
    no_respira no_puede_respirar se_ahoga nao_respira nao_consegue_respirar sufoc* ahog* nefes_alamiyor nefes_almiyor bogul*
    ma_kaytneffesch ma_kaytnfsch makaytneffesch ما_كيتنفسش ما_يتنفس لا_يتنفس مخنوق ختانق
    nefes_alamiyo* nefes_almiyo* nefes_alami* soluk_alamiyo* ma_kaytneffes* ma_kaytnfs* ma_katneffes* ma_katnfs* ما_كيتنفس* ما_كتنفس* ماكيتنفس* ماكتنفس*
    turning_blue turned_blue going_blue gone_blue lips_are_blue lips_blue devient_bleu* tout_bleu toute_bleue levres_bleues se_pone_morado morado ficando_roxo ficou_roxo morariyor morardi mosmor
    kaytkhne9* katkhne9* tkhne9* كيتخنق* كتتخنق* تخنق* se_atraganta atragantad* engasgad* engasgou* s_etouffe
    asthma_attack crise_d_asthme ataque_de_asma crisis_de_asma crise_de_asma astim_krizi anaphyla* allergic_reaction reaction_allergique choc_anaphylactique reaccion_alergica reacao_alergica alerjik_reaksiyon throat_is_swelling gorge_gonfle* الضيقه جاتو_الضيقه جاتها_الضيقه jato_di9a jatha_di9a jato_dii9a
    kayt7ennef* kayt7nnef* ma_kayt7nefch`,
  heart: `crise_cardiaque arret_cardiaque infarctus avc heart_attack stroke cardiac infarto ataque_al_corazon ataque_cardiaco ataque_de_coracao kalp_krizi inme felc ازمه_قلبيه جلطه`,
  cantGetUp: `peut_pas_se_relever peut_plus_se_relever peux_pas_me_relever se_releve_pas bouge_plus can_t_get_up cant_get_up can_t_move no_se_puede_levantar no_puede_levantarse no_se_levanta no_se_mueve nao_consegue_levantar nao_se_levanta kalkamiyor ما_قدرش_ينوض ما_كينوضش
    kalkam* kalkmiyo* ayaga_kalkam* ma_kaynodch ma_katnodch ma_kaynoudch ma_katnoudch ماكينوضش ماكتنوضش ما_كتنوضش`,
  poison: `javel eau_de_javel lessive_liquide deboucheur destop produit_menager produit_d_entretien mort_aux_rats raticide bleach drain_cleaner rat_poison weedkiller lejia lavavajillas_liquido desatascador matarratas lixivia agua_sanitaria desentupidor veneno_de_rato camasir_suyu kezzap fare_zehiri lavabo_acici جافيل الجافيل الماء_القاطع ماء_جافيل سم_الفيران jafel jafil javel_f`,
  ingest: `bebido tragado ingerido ingeriu ingested a_bu bu ont_bu avale* mange a_mange drank drunk swallowed ate has_eaten bebio bebió se_bebio trago tomo comio bebeu engoliu comeu ictı icti icmis yuttu yedi شرب شربت شربو بلع بلعت كلا كلات chreb chrbat chrab chreb klat kla
    شرب* شربات كلات بلعات chrbat chorb* chrb* chreb* bla3* bl3* klat kla3 kal
    drinked drinks_some drank ate_some eaten swallow*
    bit_into bite mordu mordille* mordio mordeu isirdi isirmis عض عضات 3ad 3addat 3ddat 3dd*
    took taken tomou tomaram tomo tomaron se_tomo a_pris ont_pris a_pris_tous aldi icti
    tomado tomada se_ha_tomado se_tomo_las`,
  hurt: `avale* swallowed trago* engoliu yuttu بلع blesse* injur* hurt herid* ferid* machuc* yaral* jarh* مجروح جرح تجرح`,
  breath: `kaytneff* kaytnf* tneffs* tnefs* ytneffs* respire respirer respiration breath* respira respirar respirando nefes* soluk يتنفس كيتنفس تنفس nefs kaytneffes
    respir* breath* tneff* tnefs* kaytnef* ytnef* تنفس* يتنفس* كيتنفس* نفس nefes*
    tnfs* ttnfs* ttnefs*
    تتنفس* كتتنفس* yatnafas* ytnafas* tnafas* itnafas*`,
  abnormal: `ma not isn_t wont won_t doesn_t bizarre mal difficile difficilement plus pas strange* weird funny badly hard heavy trouble no mal dificil nao mal estranho almiyor alamiyor zor garip ما كيتنفسش ماكيتنفسش صعيب bezzaf_3lih
    pa plu cant can_t cannot couldn_t nao_esta ne_peut لا ولا
    وما ماشي ماقدر* قادراش قادرش ماقادر* مايقدر* ماتقدر* ماكيقدر* ماكتقدر* ma9d* ma9ad* maqd* maqad* mat9d* manqd* man9d* mayqd* may9d* ma_9adr* ma_qadr* ma_9dr* mach
    doesnt isnt didnt wasnt aren_t arent kat9derch ma_kat9derch ما_كتقدرش ماكتقدرش ما_بقاش ما_بقاتش
    راهيش ma_rahich`,
  symptom: `tete_qui_tourne vertige* etourdi* nausee mal_de_tete maux_de_tete dizzy dizziness headache nauseous light_headed mareo mareado mareada nausea* dolor_de_cabeza tontura* tonto tonta enjoo dor_de_cabeca basim_donuyor bas_donmesi bulanti* mide_bulanti الدوار دوخه كيدوخ كندوخ دايخ الراس_كيدور صداع dokha kandokh kaydokh
    mal_a_la_tete mal_au_crane maux_de_tete migraine* vomi* envie_de_vomir   tete_tourne headache* head_hurts head_is_spinning head_spinning feel_sick feeling_sick felt_sick be_sick being_sick throwing_up vomit*  
    dolor_de_cabeza duele_la_cabeza mareos vomit* somnolien* dor_de_cabeca dores_de_cabeca tonturas vomit* enjoos sonolen* bas_agri* basim_agriyor basim_donuyo basim_donuyor kusma* kusuyor* bayginlik uyku_hali midem_bulaniyor*
    صداع راسي_كيضرني الراس_كيضرني راسي_كيدور دايخ دايخه كندوخ كيدوخ كتدوخ الدوخه دوخه التقيا كنتقيا rasi_kaydor ras_kaydor rasi_kayderni rasi_kaydrni rasi_kaydorni rasi_kaydour dayekh daykha dayakh kanduukh kandoukh kaydoukh katdokh ndokh kantqiya kantqia
    basi_agri* basim_agri* basimiz_agri* kafam_agri* kafamiz_agri* bas_agrisi* agriyor agriyo ras*_kayd* ras*_katd* راس*_كيدور راس*_كيضر* راسي_كيدور
    دايخ* دوخ* تقيا* كنتقيا كيتقيا كتتقيا vomi vomit vomiting sick`,
  onFloor: `par_terre au_sol allonge_par allonge_au lying_on_the_floor lying_on lies_on fell_on_the_floor on_the_ground collapsed en_el_suelo tirado tirada no_chao caido_no deitado  yerde_yatiyor فالارض على_الارض مرمي 
    par_tere par_ter parterre
    yigildi yigilmis yigil* desplom* se_desplomo se_ha_desplomado caiu_redondo`,
  moves: `bouge bougent moving move moves mueve mueven mexe mexer hareket* kayt7rrek* kayt7arek* kayt7rk* kayt7errek* يتحرك كيتحرك تحرك kaytharr* kaytharak* kaytharek* kaytharrk* yetharrak*
    bouj*
    boug* mover* moverse mexer* kipirda* يتحرك`,
  floorPlace: `on_the_floor on_floor sur_le_sol au_sol par_terre en_el_suelo en_el_piso no_chao no_solo yerde yerlerde فالارض على_الارض الارض f_lard fl_ard f_l_ard lard l_ard
    lying lies allonge* etendu* tumbad* tirad* deitad* estendid* yatiyo* yatiyor مجبد مجبده ناعس_فالارض par_tere par_ter parterre l2ard l2rd l_2ard l_ard fl2ard bottom_of_the_stairs en_bas_de_l_escalier`,
  headHit: `hit_his_head hit_her_head banged_his_head banged_her_head cogne_la_tete tape_la_tete cogne_la_tete s_est_cogne* golpeo_la_cabeza golpe_en_la_cabeza bateu_a_cabeca bateu_com_a_cabeca basini_carpti kafasini_carpti drab_rasso drab_raso drbat_rasha drabt_rasha ضرب_راسو ضربات_راسها ضربت_راسها`,
  chest: `poitrine thorax chest pecho peito gogus* gogs* göğüs صدر الصدر فالصدر sder sdr ssder`,
  arm: `bras bra arm left_arm brazo braco kol kolu kolum يد يدو يدها ذراع ydo ydha`,
  sweat: `transpir* sueur sweat* sudando suda sud* suando suor terl* كيعرق كتعرق عرق ki3re9 kay3re9 kat3re9`,
  strokeSign: `visage_de_travers bouche_de_travers visage_tordu bouche_tordue face_drooping face_is_drooping mouth_drooping slurred slurring cara_torcida boca_torcida rosto_torto boca_torta yuzu_kaydi agzi_kaydi agzi_kaymis yuzu_kaymis وجهو_تعوج وجهها_تعوج فمو_تعوج فمها_تعوج تعوج وجهها wjhha_t3wj wjho_t3wj t3wej t3waj parle_plus parle_mal n_arrive_plus_a_parler can_t_speak cant_speak cannot_speak no_puede_hablar nao_consegue_falar konusamiyo* ما_بقاتش_كتهضر ما_بقاش_كيهضر ماكتهضرش ماكيهضرش ma_bqatch_kathder ma_b9atch_kathder`,
  suicide: `se_suicider suicid* kill_himself kill_herself kill_myself end_his_life end_her_life end_my_life wants_to_jump want_to_jump going_to_jump about_to_jump se_jeter veut_sauter va_sauter se_tirer se_quiere_tirar quiere_saltar va_a_saltar matarse quitarse_la_vida se_matar quer_pular vai_pular intihar* kendini_oldur* kendini_atacak* atlayacak* atlamak_istiyor يقتل_راس* يلوح_راس* ينتحر تنتحر انتحار y9tel_ras* yqtel_ras* yl7_ras* ylo7_ras* tl7_ras* yloh_ras*
    veu_plu_vivre veut_plus_vivre veux_plus_vivre ne_veut_plus_vivre veut_mourir want_to_die wants_to_die don_t_want_to_live doesn_t_want_to_live no_quiere_vivir quiere_morir nao_quer_viver quer_morrer yasamak_istemiyo* olmek_istiyo* goodbye_note note_saying_goodbye left_a_note lettre_d_adieu mot_d_adieu carta_de_despedida veda_mektubu تقتل_راس* نقتل_راس* t9tel_ras* tqtel_ras* bghat_tmout bgha_ymout`,
  collapse: `effondr* ecroul* s_ecroule* collapse* collapsing crumbling cracking caving_in caved_in derrumb* desplom* hundi* desab* desmoron* ruiu ruindo cokuyor coktu cokmus yikildi yikiliyor تنهار انهار انهارت انهيار طاحو طاح_السقف طاح_الحيط تهرس tay7in t9sem tferte9
    koptu kopmus kopuyo* se_detache se_decroche came_off came_loose se_solto se_soltou
    ينهار* يتهاوى تتساقط* يتساقط* cayendo_a_trozos se_esta_cayendo se_cae cayendo a_cair esta_a_cair caindo cairam_pedacos pedacos trozos`,
  structure: `plafon* ceiling* techo* teto* tavan* balcon* balcony* balcao* varanda* balkon* mur muret wall* pared* parede* duvar* escalier* stairs staircase escalera* escada* merdiven* toit roof tejado telhado cati platre plaster yeso gesso alci السقف سقف الشرفه الحيط حيط الدروج الدرج جبص الجبص sqef sqf sa9f l7it 7it droj draj jbes jbess
    demir* korkuluk* parmaklik* garde_corps rambarde* railing* barandilla* guarda_corpo درابزين`,
  onSomeone: `sur_le_lit sur_mon sur_ma sur_mes sur_lui sur_elle sur_quelqu_un on_my on_him on_her on_the_bed on_someone encima_de sobre_mi sobre_la_cama em_cima_de em_cima uzerine ustune على_ولدي على_بنتي 3la_weldi 3la_bnti 3la_rasso 3la_rasha under underneath sous dessous debajo embaixo altinda tahtinda تحت تحتهم ta7t ta7tha
    on_us sur_nous encima_de_nosotros em_cima_de_nos 3lina علينا uzerimize
    ta7to ta7tou ta7tah`,
  coAlarm: `detecteur_co detecteur_de_co detecteur_monoxyde detecteur_de_monoxyde co_alarm co_detector carbon_monoxide_alarm carbon_monoxide_detector detector_de_co detector_de_monoxido detetor_de_co detetor_de_monoxido co_dedektor* karbonmonoksit_dedektor* كاشف_co`,
  welfareNotOpening: `n_ouvre_pas n_ouvre_plus ouvre_pas ouvre_plus ne_repond_plus_depuis doesnt_open doesn_t_open hasnt_opened hasn_t_opened not_opening hasn_t_answered hasnt_answered hasn_t_been_seen sin_abrir no_abre nao_abre acmiyo* acmiyor ma_7allatch ma_7allch ma_7elch ma_7latch ma_7alach ما_حلاتش ما_حلاش ماكتحلش ماكيحلش ما_كتحلش ما_كيحلش
    not_opened not_answered not_been_seen nobody_has_seen n_a_pas_ouvert pas_ouvert pas_vue pas_vu no_ha_abierto no_abre_la_puerta nao_abriu ninguem_ve acmadi kapiyi_acmiyo*
    dont_answer don_t_answer doesnt_answer doesn_t_answer not_answering no_answer didnt_see didn_t_see haven_t_seen havent_seen not_seen nobody_answers personne_ne_repond personne_repond pas_de_reponse ne_repond_plus ne_repond_pas plus_vu plus_vue n_ai_pas_vu nadie_contesta nadie_responde no_la_he_visto no_lo_he_visto ninguem_responde nao_vejo nao_a_vejo kimse_acmiyo* kimse_cevap* gormedim gorunmuyo* ما_بانت ما_بانش مابانتش مابانش ما_شفتهاش ما_شفتوش كندق_والو ma_banetch ma_bantch ma_banch ma_banach ma_chftha ma_chftoch ndo9_walo kandeq_walo kando9_walo
    n_a_vu personne_n_a_vu pa_vu on_la_pa_vu on_l_a_pas_vu lm_nra لم_نر لم_ار ما_شفناهاش ما_شفناهش goren_yok gormedik nobody_has_seen no_one_has_seen nadie_ha_visto ninguem_viu`,
  days: `jours days dias gun* gundur iyam ayam ايام يومين jouj_iyam yomin joj_iyam
    depuis_hier since_yesterday desde_ayer desde_ontem dunden_beri من_البارح mn_lbar7 volets_fermes volets_clos shutters_closed courrier* mail_pile* letters_piling piling_up chien_aboie dog_barking perro_ladra cao_ladra kopek_havliyo* jours
    semaine* haftadir hafta* اسبوع jour jour* يوم semana* week weeks`,
  mouth: `bouche mouth boca bouca agz* agiz* فمها فمو فمه فم fommha fomm fommo foumha foum fmmha bave mousse foaming foam espuma kopuk* ragwa رغوه`,
  sewage: `egout* eaux_usees eau_sale sewage sewer* aguas_negras aguas_residuales esgoto* lagim kanalizasyon* الواد_الحار الواد wad_l7ar lwad_l7ar lwad l7ar_w_lwad`,
  notElectric: `prise_en_charge prise_de_rendez prise_de_sang prise_de_contact prise_de_poids prise_de_parole prise_de_position`,
  notBlood: `bleed_it bleed_the bleed_my bleed_radiator* bleeding_the_radiator* bleeding_radiator* purger purge_les purge_el sangrar_el sangrar_los sangrar_o`,
  bone: `hanche jambe cheville poignet cote cotes hip leg ankle wrist ribs cadera pierna tobillo muneca costilla* quadril perna tornozelo pulso costela* kalca kalcasi bacak* bilek* kaburga* الورك رجلو رجليه رجلها يدو يدها الضلع rejlo rejlha rjlo rjelha
    nez nose nariz burun* انف نيفي nifi visage face cara rosto yuz* وجه وجهي`,
  ambulance: `ambulance samu pompiers ambulancia bombeiros inem ambulans itfaiye الاسعاف لابومبيه`,
  medicine: `medicament* medicaman* medoc* cachet* comprime* pilule* gelule* somnifere* antidepresseur* paracetamol doliprane pill pills tablet* medicine* medication* meds painkiller* sleeping_pills
    pastilla* medicina* medicamento* comprimido* remedio* ilac* ilaclar* hap hapi haplar* antidepresan* دوا الدوا دواء الدواء ادويه الادويه حبوب الحبوب كاشيات dwa ddwa ldwa dwaya kachiyat lkachiyat
    دوايات dwayat
    فنيد الفنيد lfanid fanid`,
  product: `produit* detergent* lessive* capsule* liquide_vaisselle liquide_pour javel eau_de_javel ammoniaque acide* white_spirit essence petrole washing_up_liquid washing_liquid cleaning_product* cleaner* detergent* dishwasher_tablet* laundry_pod* pod pods bleach acid paint_thinner antifreeze petrol
    detergente* producto* lejia lavavajillas suavizante amoniaco aguarras produto* lixivia detergente* amoniaco soda_caustica deterjan* camasir_suyu temizlik_malzeme* cif tuz_ruhu yag_cozucu منظف* مواد_التنظيف ماده_التنظيف مادة_التنظيف الكلور الجافيل جافيل جافيل الصابون_السائل tide jafel jafil lma_l9ate3 lma_lqate3 الماء_القاطع الما_القاطع
    صابون* الصابون sabon* saboun* sabboun*
    produi* lave_vaisselle pastille_lave* pastille* tablette_lave* tablet_lave* dishwasher* bolitas_del_detergente bolita* capsula* pastilla_de_lavavajillas gel_wc wc_net canard_wc deboucheur
    limpia* limpiador* produto_de_limpeza limpa_* temizleyici* منظف* منظفات`,
  smallObject: `pile_bouton piles_bouton pile button_battery battery batteries aimant* piece_de_monnaie coin magnet* pila* moneda* bateria* moeda* iman* pil pili para_yuttu bozuk_para miknatis* البيل بيل بطاريه حجره_ديال pila_de_boton
    pilha* pilhas moeda pila_de_reloj
    dirham dirhams درهم ryal coin coins piece_de_monnaie una_moneda uma_moeda
    piece_de aimant magnet* مغناطيس حجره قطعه_نقديه bouton pile_ronde little_round round_batteries button_batteries bille billes marble* canica* bolinha* bilye`,
  swallowed: `avale avalee avales avalees avale* swallowed swallow trago tragado tragada se_trago engoliu engolido engoliram yuttu yutmus yutmuş yuttum بلع بلعت بلعات بلعو ابتلع ابتلعت bla3 bl3 bal3 bla3at bl3at bel3 tbla3 bal3* bel3* bla3* bl3* tbla3* tbal3* kaybla3* katbla3*`,
  heater: `chaudiere* chaudier* chauffe_eau chauffage* poele_a poele_au poele chauffe_bain boiler* heater* heating water_heater gas_fire stove
    caldera* calentador* estufa* calefaccion* calentador_de_agua caldeira* esquentador* aquecedor* aquecimento kombi* sofben* soba* petek* شوفاج الشوفاج سخان* السخان الشوديير شوديير الشوفو chofaj chaudiere chofo chauffo chauffe_eau_gaz
    kombi
    الشوديار شوديار chaudyar`,
  stuckPerson: `trapped atrapad* encerrad* mahsur* محبوسين محبوسه محبوسون عالقين عالقون عالقه m7bosa m7bousa m7boussin m7bosin m7bossin mahbousin mahbosa coincee coincees coinces bloquee bloquees enfermee enfermes presos_no presas_no`,
  betweenFloors: `between_floors between_two_floors between_2 entre_deux_etages entre_2_etages entre_dos_pisos entre_2_pisos entre_dois_andares iki_kat_arasinda katlar_arasinda بين_طابقين بين_جوج_طوابق بين_الطوابق bin_2 bin_jouj bin_tabqin
    bin_tabqat bin_tab9at bin_ettabqat bin_jouj_tabqat bin_etages`,
  nobody: `nobody no_one noone personne_n personne_dedans personne_est nadie ninguem kimse ma_kayn_7ta 7ta_chi_wa7ed hta_wahed ما_كاين_حتى حتى_واحد حتى_شي_واحد
    empty vide vacio vazio bos ma_fih_7ta ma_fih_7ed khawi khawya`,
  lift: `ascenseur* ascenceur* asenseur* assenseur* lascenseur lift lifts elevator* ascensor* elevador* asansor* المصعد مصعد السانسور سانسور لاسانسور sansour sanseur lasanseur asanser*
    اسانسور* الاسانسور لاسانسور* asanser*
    lasenseur lasanseur lacenseur lassenseur`,
  stuck: `coince* coinse* bloque* bloquer bloquee enferme* stuck trapped trap_in stucked atrapad* atascad* encerrad* bloquead* preso presa presos presas pres_a presa_no mahsur* kaldim kaldik kaldi sikistim sikistik sikisti sikismis kilitli_kaldi* محبوس* عالق* محصور* حاصل* بقيت_محبوس* bqit b9it bqina b9ina m7bos* mhbos* m7bous* mahbous* m7bous* tbloka* tblokit tblokina mbloki* blokit* bloka*
    we9ef w9ef wqef wa9ef w9fat we9fat t7bes t7bess arrete arretee stopped parado parou durdu durdu_kaldi توقف وقف تحبس
    bloke bloker blokee blokes`,
  inLift: `dans_l_ascenseur dans_ascenseur dans_l_ascenceur dans_lascenseur in_the_lift in_lift inside_the_lift in_the_elevator inside_the_elevator in_an_elevator in_a_lift en_el_ascensor dentro_del_ascensor no_elevador dentro_do_elevador asansorde asansorun_icinde asansor_icinde فالمصعد في_المصعد داخل_المصعد فالسانسور ف_السانسور f_ascenseur f_l_ascenseur f_lascenseur fl_ascenseur f_sanseur f_sansour flascenseur
    dan_lasenseur dans_lasenseur dan_l_ascenseur dan_lascenseur`,
  wake: `wake waking wakes woke reveill* despierta* despertar* acorda* acordar uyan* uyandir* يفيق كيفيق تفيق كتفيق فاق فاقت fi9 yfi9 tfi9 kayfi9 katfi9 kayfiq katfiq
    nfi9 nfi9o nfi9ha nfiq nfi9hom نفيق نفيقو`,
  speak: `parle parlent parler speak* talk* habla* fala* konus* kathder* kaythder* kathdr* kaythdr* katkellem* kaytkellem* كيهضر كتهضر يتكلم تتكلم kathdar`,
  getUp: `relever relever relev releve relevent lever leve levanta* levantar* kalk* ntod tnod tnoud ynod ynoud nod noud tnodh get_up getting_up stand_up standing_up النهوض تنهض ينهض ينوض تنوض نوض الوقوف يوقف توقف تقوم يقوم`,
  answer: `repond* reponds repon reagi* respond* answer* contesta* responde* reage* cevap* tepki* jaweb* jawb* kayjaweb* katjaweb* tjaweb* ijaweb* yjaweb* يجاوب* كيجاوب* كتجاوب* تجاوب* يرد ترد يستجيب تستجيب
    react* reacts reage* reacciona* tepki*`,
  convulse: `tremble* convuls* secoue* shaking shakes seizing jerking temblando tiembla convulsiona* tremendo treme sacudi* titriyor titreme* kasiliyor كترعد كيرعد ترتعش يرتعش kayr3ad katr3ad kayrje3 kayterje3 katterje3
    crise crisis nobet* كريز`,
  smoking: `smoking smouldering fumant fume fumait humeando echando_humo soltando_humo fumegando a_deitar_fumo deitando_fumo tutuyor tutuyo duman_cikiyor duman_cikiyo كيدخن تيدخن كيخرج_منو_الدخان`,
  full: `عامر عامره معمر معمره 3amer 3amra 3amrin m3amer m3amra plein_d_eau pleine_d_eau remplie_d_eau rempli_d_eau full_of_water flooded_with lleno_de_agua llena_de_agua cheio_de_agua cheia_de_agua su_dolu su_icinde su_icinde_kaldi
    3mer 3mrat 3amrat عمر عمرات عامرين`,
  landlord: `proprio proprietaire bailleur landlord landlady owner propietario casero dueno senhorio proprietario ev_sahibi mol_dar moul_dar مول_الدار صاحب_الدار المالك`,
  window: `fenetre* vitre* window* glass ventana* cristal* janela* vidro* cam cami camini pencere* الشرجم شرجم النافذه نافذه الزاج chrjem cherjem sherjem cherjam zaj`,
  balconyOrStairs: `balcon* balcony* balcao* varanda* balkon* escalier* stairs staircase escalera* escada* escadas merdiven* البالكون الدروج الدرج الدروج draj droj ddroj from_the_window de_la_fenetre par_la_fenetre desde_la_ventana da_janela pencereden من_الشرجم من_النافذه mn_chrjem`,
  smashed: `broke broken smashed smash* casse* brise* explose rompi* rompio partiu partiram quebr* kirdi kirdilar kiriyor kirmis كسر كسرو هرس هرسو خلع hres hrso hresso kser kesser khla3 roto rota rompe rompieron partiu_me partiu-me cassé_le casse_le kirdi kirmis`,
  entering: `coming_in coming_inside getting_in get_in climbing_in inside_my inside_the is_inside is_in_my entrent rentre rentrent est_entre sont_entres dans_l_appart dans_mon_appart dans_la_maison chez_moi entrando entrar a_entrar dentro_de_mi dentro_de_casa giriyor girdi girdiler iceri_gir* icerde يدخل يدخلو داخل دخل دخلو dakhel dakhlin dkhel dekhlo dkhlo ydkhol kaydkhol`,
  someone: `someone somebody a_man a_guy men guys people stranger* quelqu_un quelqu_1 quelquin quelqun un_homme des_hommes des_gens des_mecs un_mec inconnu* alguien un_hombre unos_hombres desconocido* alguem um_homem uns_homens desconhecido* biri birisi birileri adam adamlar yabanci شخص احد شي_واحد ناس chi_wa7ed chi_wahed chi_wa7d chi_wahd chi_nas
    kelkun kelk1 kelkin kelkun_ki alguien_esta`,
  inside: `inside dedans a_l_interieur adentro dentro icinde iceride icinde_insan* الداخل لداخل فالداخل ldakhel f_dakhel
    fih fiha dedans فيه فيها
    wsto wstou west_menno f_wsto fwsto وسطو`,
  nearly: `failli faillit presque nearly almost casi quase az_kalsin az_kalsin_dus* neredeyse كدت كاد كنت_غادي شويه_و kont_ghadi kan_ghadi chwiya_w`,
  fine: `nothing_serious rien_de_grave pas_grave sans_probleme sans_souci no_problem without_problem without_any_problem is_fine she_s_fine he_s_fine they_re_fine all_fine is_ok sin_problema nada_grave esta_bien sem_problema nada_de_grave esta_bem ciddi_degil bir_sey_yok sorun_yok iyi_simdi ما_كاين_والو لاباس labas la_bas_3lih ma_kayn_walo
    ainda_bem heureusement luckily thankfully por_suerte afortunadamente felizmente neyse_ki الحمد_لله hamdullah hamdoulah l7amdolilah`,
  ownMedicine: `his_medicine her_medicine his_pills her_pills my_pills my_medicine their_medicine ses_medicaments son_medicament sa_medication ses_cachets son_traitement mes_medicaments su_medicina su_medicamento sus_pastillas sus_medicinas seu_remedio seus_remedios os_comprimidos_dele ilacini ilaclarini دواه دواها dwah dwaha`,
  wholeBox: `toute_la_boite boite_entiere tous_les tout_le_tube toute_la_plaquette plein_de trop whole_box whole_bottle whole_pack all_the too_many lots_of toda_la_caja todas_las caja_entera frasco_entero toda_a_caixa todos_os muitos kutu_dolusu butun hepsini كامل* علبه_كامله bzaf kamla kamlin
    tum tumunu birden hepsi toda_la toutes todo tudo
    all_my all_his all_her all_of tous_mes toutes_mes todos todas tous toutes boite_entiere`,
  they: `they they_re they_are theyre ils ils_sont on_me on_nous ellos estan_cambiando eles estao onlar rahom homa hadok هوما راهم هادوك
    degistiriyorlar degistiriyolar degistirdiler kiriyorlar atiyorlar cikariyorlar يغيرون يبدلون غيروا بدلوا بدلو كيبدلو كيغيرو يغيرو kaybdlo bdlo bedlo bdlou changent changent_la trocam cambian mudam`,
  habitual: `quand_il_pleut quand_ca_pleut when_it_rains when_it_rain tous_les_soirs tous_les_jours toutes_les_nuits chaque_fois chaque_soir chaque_nuit every_time every_night every_evening every_day each_time cuando_llueve cada_vez todas_las_noches todos_los_dias quando_chove todas_as_noites todos_os_dias yagmur_yagin* her_aksam her_gece her_gun her_seferinde kol_lil kol_nhar kol_nhar dima mli_katchta mli_kayna_chta ديما كل_ليله كل_نهار ملي_كتشتي
    kol_lila kol_lil
    depuis_semaine* depuis_semene depuis_mois depuis_des_semaines depuis_des_mois depui_semaine* depui_semene depui_mois for_weeks for_months desde_hace_semanas desde_hace_meses ha_semanas ha_meses haftalardir aylardir hadi_simana hadi_chhar
    likes likes_to loves aime_grimper aime_monter adore le_gusta gosta_de seviyo* kay7eb kaybghi`,
  protectionOrder: `ordonnance_de_protection ordre_de_protection interdiction_d_approcher restraining_order protection_order orden_de_alejamiento medida_de_afastamento uzaklastirma* حكم_ضدو حكم_ضده`,
  accident: `by_accident accidentally sans_faire_expres par_accident sin_querer por_accidente sem_querer kazara yanlislikla بلا_ما_يقصد bla_ma_y9sed bla_ma_ysed`,
  shout: `shouting screaming screams shouts yelling crie crient hurle hurlent grita gritando gritan grita gritam bagiriyo* bagiriyor ciglik* kat3ayet kay3ayet tay3ayet ki3ayet kat3ayat كتعيط كيعيط تتعيط
    cris cri crie crier hurlement* hurle* crient_au scream* yell* gritos grito* gritaria berros cigliklar ciglik* bagiris* bagiriyo* bagirma* ghowet ghwet ghowat ghwat kayghowet katghowet kayghwet katghwet tghowet 3yat l3yat 3eyat kay3eyet صراخ تصرخ يصرخ صرخ* تصيح يصيح صياح كتغوت كيغوت تغوت يغوت العياط الغوات
    صراخ* cigl* ciglik_at*`,
  confined: `won_t_let_me_leave wont_let_me_leave won_t_let_me_out wont_let_me_out locked_me_in locks_me_in m_enferme m_a_enferme* me_laisse_pas_sortir me_encierra me_encerro me_tranca me_fechou beni_kilitledi beni_disari_cikarmiyo* ma_khallanich_nkhrej ma_khalanich_nkhrej ما_خلانيش_نخرج سد_عليا sed_3liya took_my_phone pris_mon_telephone me_quito_el_movil telefonumu_aldi dda_liya_telephone`,
  hanging: `hanging dangling suspendu accroche* colgado colgando pendurado pendurada sarkiliyo* asili m3alla9 m3al9 معلق معلقه`,
  lyingFallen: `tay7 tay7a tay7in طايح طايحه طايحين`,
  family: `wa7ed wahed wa7d واحد mama mmi mima bba baba jedda jeddi jdi weldi wldi bnti benti khouya khoya khti jari jarti rajel mra lmra ماما مي بابا با جدي جدتي ولدي بنتي خويا ختي جاري جارتي راجل مرا
    fils fille mon_fils ma_fille son daughter my_son my_daughter hijo hija filho filha oglum kizim oglu kizi`,
  // --- violence
  hit: `kayderb* kaydreb* kaydrb* kaydorb* tayderb* derb* frap* tape* bat battue battu cogne* tabasse* gifl* etrangl* hit hits hitting beat* punch* slap* strangl* pega pegando pegaba golpe* patea* bofet* bate* bater batendo espanc* estrangul*
    dov* vurdu vuruyor tokat* bogaz* ضرب* درب* kaydrab* drab*
    murro* soco* socou esmurr* pontap* patada* coup_de_poing coups_de_poing coup_de_pied coups_de_pied paliza puñetazo punetazo yumruk* tekme* رفس* بونية bounia
    خنق* khne9* khna9* bogma* bogdu boguyor
    paliza* dado_una_paliza pegado surra dayak dovuyo* dovdu dreb* drbo drbha kaydreb* kaydrab* kaydrb* dreb_fiya drab_fiya
    يضرب* تضرب* كيضرب* dovulu*`,
  hitMe: `ضربني كيضربني يضربني تضربني ضربتني كيضربوني ضربوني kaydrabni kaydrebni kaydarbni kaydrbni kaydorbni drebni drabni darbni kayderbni beni_dov* dovuyor dovdu dovuyorlar
    يخنقني كيخنقني خنقني ykhne9ni kaykhne9ni khne9ni ykhnqni ykhne9ni kaykhnaqni
    pushed_me push_me pushing_me m_a_pousse* me_pousse me_empujo me_empujó me_empurrou beni_itti dfe3ni kaydfe3ni kaydf3ni dfa3ni دفعني كيدفعني
    dreb_fiya drab_fiya drbni kaydreb_fiya kaydrab_fiya kaydrb_fiya beni_dovuyo* dovuyo_beni`,
  threat: `kaythded* kaytheded* kayhded* theded* hded* menace* menacant threat* amenaz* ameaca* tehdit* يهدد* كيهدد* هدد* تهديد كيتوعد* يتوعد* kayhded* hedded*
    ll_hurt will_hurt going_to_hurt gonna_hurt ll_kill faire_du_mal me_faire_mal va_me_faire hacerme_dano me_va_a_hacer me_fazer_mal vai_me_bater zarar_verecek ghadi_y9tel ghadi_yqtel ghadi_ydrbni ghadi_ydrabni غادي_يقتلني غادي_يضربني
    gonna_burn going_to_burn will_burn ll_burn burn_the_flat burn_the_house va_bruler bruler_l_appart quemar_la_casa queimar_a_casa evi_yakacak* yakacagim ghadi_y7r9 ghadi_n7r9 غادي_يحرق غادي_نحرق y7r9_dar n7r9_dar يحرق_الدار نحرق_الدار o_la_tumba o_te_mato
    tehdit_ediyo*`,
  weapon: `coups_de_feu gunshot* shots_fired disparo* tiros silah_sesi kursun* ضرب_النار قرطاس couteau* arme armes flingue* fusil pistolet hache knife knives a_gun his_gun guns handgun rifle weapon* cuchillo* navaja pistola arma armas faca facas pistola revolver bicak* silah* tabanca سكين جنوي موس سلاح موص mous mouss lmous jenwi jenoui jnwi jenouy sekkin skin
    bat baseball_bat batte baton barre_de_fer machete* palo bastao sopa sopayla 3assa 3sa عصا زرواطه zrwata
    3ando_mousse 3andou_mousse m3ah_mousse m3ah_lmous hazz_mousse hez_mousse chad_mousse b_mousse bmousse sekina sekkina bichaq bicakla
    جنوي* سكين* سكاكن شاد_جنوي* شاد_سكين* موس_كبير جنويه`,
  forcing: `kay7awel* y7awel* kat7awel* essaie_d_ouvrir essaye_d_ouvrir trying_to_open intenta_abrir tenta_abrir acmaya_calisiyor kaydrb_f_lbab kaydreb_f_lbab kaydorb_f_lbab kaydrbo_f_lbab كسر* يكسر* كيكسر* تكسير force forcer forcent forcing forced crowbar pied_de_biche defonc* kick*_in kicking_the_door forzar* forzando aporre* arromb* forcando forcar forcam zorla* kiriyor kirmaya كيكسرو كسرو كيدفعو كيضربو_الباب
    kaykasro
    kser ykser kaykser kayksar kayksro kaykasro tkser tekser cassent casser_la_porte casse_la_porte casser_ma_porte defoncer enfoncer enfoncent forse forser forsent smashing breaking_down breaking_my_door kicking rompiendo romper_la_puerta rompen tirando_la_puerta derribando arrombando arrombar a_arrombar kiriyor kiriyo kirmaya kiriyorlar yikiyor يكسرو يكسرون يخلع كيخلع
    zorlu* zorluyo* acmaya_calis*
    kay7aw*_y7el* kay7aw*_yft7* kay7aw*_ydkhol* kay7awl_y7el y7el_lbab y7ell_lbab tumbar* tumba_la_puerta derrib* نهرسو نهرس nhrso nhrsso
    kaydfe3* kaydf3* ydfe3* kaydfa3* كيدفع*_الباب يدفع*_الباب
    كيحاول_يحل كيحاولو_يحلو كيحاول_يكسر بالسيف b_sif bssif bsif
    trying_to_break try_to_break tries_to_break break_my_door break_the_door break_down essaie_de_casser essaye_de_casser veut_casser intenta_romper tenta_partir tenta_arrombar kiriyolar kirmaya_calis*
    essai_douvrir essaie_douvrir essaye_douvrir`,
  fear: `peur j_ai_peur cache enferme* scared afraid terrified hiding locked_in miedo escondid* encerrad* medo tenho_medo fechada fechado korkuyorum kork* sakl* kilitlendim خايفه خايف مخبيه محبوسه محبوس m5l3a khayfa khayf khayef
    m9fla m9fel m9efla msedda msdda mkhabya mtkhabya mkhebbi مقفله مسدوده مخبيه مختبئه مختبئ cachee cachés hidden escondida escondido saklaniyo* saklandim`,
  kill: `y9telni y9tlni yqtelni n9tlek nqtlek y9tel* yqtel* kay9tel* kayqtel* tuer tue tuera kill* murder* matar mata* morrer_me oldur* سيقتلني يقتلني غيقتلني نقتلك قتل`,
  breakIn: `chfara chffara chefara chfar sar9in sraq bgha_ydkhol bghaw_ydkhlo bgha_yd5ol bgha_ydkhel force_la_porte force_ma_porte forcer_la_porte defonce* cambriol* intrus* essaie*_d_entrer essaient_d_entrer break*_in breaking_into burglar* intruder* trying_to_get_in
    forzar* forzando entrar_a_la_fuerza ladron* robando arromb* forcando assalt* ladrao ladroes zorla* hirsiz* kapiyi_kiriyor
    كيحاولو_يدخلو شفار شفارا سراق_فالدار كسرو_الباب
    شفار* tentando_entrar tentam_entrar tentar_entrar intentando_entrar intentan_entrar girmeye_calis* kay7awlo_ydkhlo kay7awlo_yd5lo bghaw_ydkhlo`,
  fight: `bagarre* baston* se_battent se_bat fight* brawl* pelea* peleando briga* brigando kavga* مضاربه كيتضاربو تضاربو
    kaytdarbo kaytdarbou tdarbo kayt9atlo kaytdabzo`,
  partner: `mari maris conjoint* compagnon copain mec ex epoux husband partner boyfriend ex_husband marido pareja esposo novio companheiro namorado kocam* esim* sevgilim eski_esim
    راجلي زوجي الراجل طليقي rajli rajel zawji mrato mratu mratou rajlha rajelha
    girlfriend copine novia namorada kiz_arkadasi karisi esi expareja ex_pareja exmarido ex_marido ex_mari ex_copain ex_compagnon eski_kocam eski_esim ex_namorado طليقي rajli_l9dim rajli_lqdim
    wife sa_femme his_wife her_husband mujer su_mujer esposa mulher a_mulher karisi karisini مراتو مرتو mrato mratou
    زوجته زوجها زوجتي`,
  me: `me m ma moi myself mi mim beni bana انا`,
  // --- eviction today
  bailiff: `huissier* commissaire_de_justice bailiff* enforcement_officer* alguacil* comision_judicial oficial_de_justica agente_de_execucao icra* icracı المفوض المفوض_القضائي العون_القضائي عون_قضائي lhuissier الويسي لويسي lwissi wissi
    lissier luissier lhuisier huisier uissier huissie lussier lwisi lhwissi محضر المحضر المحضر_القضائي المفوض_القضائي oficial_de_justicia ejecutor icraci icra_memuru
    lussie lusier luissie lhuisie huisie uissie lhussier lussiers huiss* luiss* lhuiss* lwiss*
    issier isier huisie lui_issier`,
  police: `police policiers flics policia policiais policia polis البوليس الشرطه lbolis`,
  locks: `sarout sarrout srout serrure* verrou* barillet lock* locked_out cerradura* cerrojo fechadura* kilit* السروت سروت الساروت ساروت المفتاح ssarout
    serur* serrur* fechadur* cerradur* القفل قفل الاقفال الاقفال kilidi kilitleri kilit* lkhlal serrure*
    seru* serury* seruur*
    seriur* serrir* seriu*`,
  changedLocks: `bdel bdl beddel bdlo bdlou beddlo kaybdlo change* changing changed cambia* cambiado troc* mud* degis* بدلو بدل كيبدلو
    يغير يغيرو يغيرون غيرو غيروا غير تغيير كيغيرو بدلو يبدلو كيبدلو kaybdel kaybedlo kaybdlo bedlo bedel troquent trocam trocando estao_a_mudar cambiando cambian degistiriyor degistiriyo degistirdi degistiriyolar`,
  thrownOut: `affaires_dehors mes_affaires_dans_la_rue stuff_outside things_outside my_stuff_on_the cosas_en_la_calle mis_cosas_fuera coisas_na_rua esyalarimi_disari esyalarimizi_disari حوايجي_فالزنقه dehors mis_dehors jete_dehors mettre_a_la_porte expuls* vire virer virent thrown_out kicked_out kicked_me_out throwing_us_out throw*_out evict* desaloj* echan* echar* despej* expuls* tahliye* atiyor* atti cikariyor* kapi_disari
    خرجوني يخرجوني كيخرجوني خرجونا يخرجونا كيخرجونا طردوني كيطردوني طردونا فالزنقه lzen9a kharjouni ykhrjou* kharjou* ykhrjo* tardouni tardouna kaytardouna
       in_the_street on_the_street dans_la_rue a_la_rue en_la_calle na_rua sokaga l_zn9a lzn9a zn9a للزنقة للزنقه فالزنقه  lo7o ylo7o  يلوحو  لوحو took_my_door_off 7iydo_lbab 7aydo_lbab
    ykhrjna ykhrjni ykhrjouni ykhrjuna ykhrjona kaykhrjna kaykhrjni
    dehor jete_dehor jete_me jete_mes me_jete me_jette jette_mes afaire_dehor affaires_dehor esyalari_atiyo* esyalarimizi_cikari* cikariyo*
    a_la_rue on_es_a_la_rue`,
  evicting: `throwing_my throwing_our throwing_us are_throwing are_putting_my putting_my_things en_train_de_jeter jettent_mes sortent_mes_affaires estan_tirando estan_sacando tiran_mis sacan_mis estao_a_atirar estao_a_tirar atiyorlar esyalarimi_atiyo* kaylo7o kaylo7ou kaykhrjo_7wayj* كيلوحو كيخرجو_حوايج*
    jete_mes jete_me jette_mes jete_mé esyalari_atiyo*`,
  nextDoor: `next_door d_a_cote vecino_de_al_lado vizinho_do_lado`,
  door: `porte devant door outside puerta afuera porta fora kapi* kapida الباب باب bab lbab`,
  // --- state, sense and time
  now: `dakhlin dakhel kharej khrej kaykhrej kay5rej kaytla3 maintenant actuellement en_ce_moment tout_de_suite en_train encore toujours continue arrive arrivent sort sortent vient viennent now right_now currently still coming happening is_coming keeps
    ahora ahorita ya_mismo en_este_momento sigue todavia viene saliendo agora neste_momento ainda continua esta_a esta_sair vem_saindo
    simdi su_an hemen hala geliyor devam dabba daba drk دابا الان الآن دروك حاليا مازال باقي كيطلع_دابا
    dorka dorok drka druk deba mintenan maintenan mentenan maintnan mnt simdi_de su_anda hemen_simdi
    est_la sont_la e_la
    mtn on_es_a_la_rue ahora_mismo`,
  everywhere: `partout de_partout tout_l_appart toute_la_maison everywhere all_over whole_flat whole_house por_todas_partes por_todo todo_el_piso por_todo_lado toda_a_casa por_todo_o_lado her_yer her_yerde her_yeri tum_ev فكل_بلاصه كل_بلاصه فالدار_كامله الدار_كامله كلشي ف_كل_مكان كل_مكان fkol_blasa kolchi كاملين كامله kamla kamlin
    partou partous parrtou her_taraf her_yerde`,
  much: `beaucoup plein enorme grosse grave fort forte tres_fort trop a_lot lots huge strong badly really_strong mucho mucha muchisimo fuerte muito muita forte grande cok fazla bayagi siddetli بزاف كثير بالزاف قوي قويه bzaf bezaf bzzaf bzf bzzf`,
  help: `3tqoni 3te9ni 3aweni 3awnini secours aidez aide_moi aidez_moi help helpme sos socorro auxilio ayuda ayudenme ajuda ajudem imdat yardim yetisin عتقوني عاونوني النجده عتقونا عاونونا 3te9ouni 3at9ouni 3awnouni 3t9ouni 3te9ni 3tqouni 3atqouni 3awnoni 3awnouna
    3ta9ouni 3ta9oni 3t9oni 3tqoni 3atqoni 3te9oni الحقوني الحقونا تستغيث يستغيث استغاثه كتستغيث au_secours o_secours o_secour`,
  urgent: `bsr3a bzerba bzrba dghya fissa 3jal urgent urgence urgente vite rapidement emergency urgently quick quickly hurry asap urgente rapido deprisa rapido depressa acil cabuk hizli عاجل بالزربه دغيا بسرعه dghya bzerba
    venez_vit venez_vite vene_vit vite_venez 3afakom_bsr3a acil_gelin cabuk_gelin`,
  today: `aujourd_hui aujourdhui ce_matin today this_morning hoy esta_manana hoje esta_manha bugun bu_sabah اليوم هاد_الصباح lyoum lyom
    ojourdui ojourd8 aujourdui ojd auj`,
  // --- calm cues: the danger is past, elsewhere, on paper, hypothetical, or a device's routine noise
  past: `hier avant_hier semaine_derniere mois_dernier annee_derniere an_dernier derniere_fois nuit_derniere hiver_dernier ete_dernier y_a_eu il_y_a_eu a_eu avait etait    l_an_dernier l_annee_derniere
    yesterday last a_while_back while_ago last_week last_month last_year last_night ago was_there there_was used_to
    ayer anoche pasada pasado hubo    ontem passada passado houve  
    dun gecen gectigimiz once onceki_gun geçen البارح امس الاسبوع_اللي_فات السيمانه_اللي_فاتت الشهر_اللي_فات العام_اللي_فات الماضي لي_فات lbare7 lbar7 ماضي* قبل_اسبوع قبل_شهر قبل_سنه قبل_ايام منذ_اسبوع منذ_شهر منذ_سنه منذ_ايام منذ_مده شحال_هادي هادي_شحال chhal_hadi li_fat lli_fat li_fatet lli_fatet li_daz lli_daz li_dazet
    hace_dias hace_semana* hace_mes hace_meses hace_ano hace_anos hace_tiempo ha_dias ha_semana* ha_mes ha_meses ha_ano ha_anos faz_dias faz_semana* faz_meses il_y_a_jours il_y_a_semaine* il_y_a_mois il_y_a_an il_y_a_ans كانت كان_عندنا
    i_had_a i_ve_had_a j_ai_eu_un j_ai_eu_une j_ai_fait_un tuve_un tuve_una tive_um tive_uma gecirdim
    اللي_داز اللي_دازت لي_داز لي_دازت اللي_فات اللي_فاتت لي_فات لي_فاتت
    lfayt lfayta l3am_lfayt l3am_li_fat li_kant`,
  media: `infos info journal tele tv telly news television reportage documentaire film movie series serie noticias noticiero pelicula novela noticia televisao filme haberler haberlerde haberde televizyon dizi* film* التلفزه التلفزيون الاخبار الفيلم فيلم المسلسل tilfaza
    televizyon* haber* tv_de tvde`,
  paper: `fatora* fatoura* factora* facture* abonnement contrat assuranc* assureur attestation declar* sinistre* constat rembours* indemni* tarif* prix payer paye paiement pay paying pagar pago pagamento odeme odemek نخلص الخلاص bill* invoice* contract insur* claim* refund* tariff price
    factura* contrato seguro* reclam* reembols* precio conta_de fatura* contrato segur* indemniz* preco fatura* sigorta* sozlesme* hasar_bildir* ucret* fiyat* lettre courrier papier* convocation date_d letter notice carta papel* aviso notificacao mektup teblig* ihtar* ورقه جواب رساله bra lettre_recommandee
    فاتوره الفاتوره التامين العقد لاصورونص تعويض الثمن
    conta contas regul* regularisation euros euro eur dollars pounds lira tl dh dirham dirhams درهم دراهم cobr* cobran me_cobran factur*
    paga pagan pague paie payes danos dommages damages degats_des_eaux hasar`,
  hypothetical: `comment_faire comment_eviter que_faire_si quoi_faire_si que_faire_en_cas si_jamais en_cas au_cas_ou eviter prevenir prevention conseil* risque* comment_reagir
    how_to how_do_i what_to_do_if what_should_i_do_if in_case what_if avoid* prevent* tips advice safety
    como_evitar que_hago_si que_hacer_si en_caso_de prevenir consejo* como_prevenir o_que_fazer_se o_que_faco_se em_caso_de evitar prevenir conselho*
    nasil_onler* onlemek olursa olursa_ne_yapmali durumunda tavsiye* كيفاش_نتفادى كيفاش_ندير_ايلا ايلا_وقع اذا_وقع فحاله نصيحه كيف_اتجنب تجنب* ماذا_افعل_اذا في_حاله وقايه الوقايه نصائح احتياطات ايلا اذا ila
    s_il_y_a si_il_y_a si_ya si_y_a s_il_y_avait si_y_avait que_doit_on_faire qu_est_ce_qu_on_doit_faire on_doit_faire_quoi doit_faire الى_وقعت الى_وقع الى_كانت الى_كان الى_طرا الي_وقعت الي_وقع الي_كانت الي_كان الي_طرا ila_w9e3 ila_w9e3at ila_tra ila_kan ila_kanet if_there_is if_there_s if_a_fire si_hay si_se si_ha_um se_houver se_tiver olursa cikarsa yanarsa basarsa
    what_should_we_do_if what_do_we_do_if what_do_i_do_if if_we_ever if_i_ever if_ever if_you_ever securiser securise barriere* safety_gate window_lock child_lock
    yapmasin_diye olmasin_diye cikmasin_diye kokmasin_diye bakim_yaptir* bakimini_yaptir* kan_ya quand_ya quand_il_y_a il_fo_fer fo_fer_koi faut_faire_quoi il_faut_faire_quoi que_faut_il_faire`,
  device: `apita* apitar pile piles batterie* battery batteries bip* beep* chirp* sonne_tout_le_temps pila* bateria* pil_bitti pili bip_bip pile_faible low_battery الباتري البيل بطاري*
    بيل بيلا بيله بيلات`,
  fixed: `repare* repar* fixed resolu reparado arreglado arreglaron consertad* resolvido tamir* duzeldi halloldu صلحو تصلح صاوبو
    طفيناها طفيناه طفاوها طفاوه tfinaha tfawha extinguished put_it_out eteint eteinte on_l_a_eteint apagamos apagaron apagado apagada sondurduk sondurduler sondurdu
    safi_t7ell safi_tfat safi_mcha safi_sala safi_rah safi_daba
    yangindan_sonra yangin_sonrasi apres_l_incendie after_the_fire despues_del_incendio depois_do_incendio بعد_الحريق من_بعد_الحريق`,
  benign: `fuma fumam fumar fumando fument fumer fumeur* gens_fume smoking_in_the people_smoking en_panne panne broken_down averiado avariado arizali feu_rouge feu_vert fire_door fire_exit fire_escape extinguisher extincteur extintor yangin_tupu yangin_merdiveni artifice artifices fireworks cohete* petardo* fogos_de_artificio havai_fisek exercice simulation drill simulacro simulado tatbikat cigarette* clope* tabac chicha barbecue bbq cuisine_brule cuisson bougie* encens cigarette* cigar* smoker* incense grill grilling cigarro* tabaco parrilla churrasc* vela* sigara* mangal nargile* tutsu mum_yak* كارو الشيشه الشوايه البخور الشمعه جيگارو
    to_smoke i_smoke we_smoke can_smoke smoke_on_my smoke_on_the smoke_a smokes smoker smokers cigarette_smoke
    cooking en_cuisinant cocinando cozinhando yemek_yaparken burnt_my burned_my brule_le_doigt brule_la_main me_suis_brule*
    barbacoa* churrasqueira asado mangal شواء الشواء
    gen_fume
    kaykmi katkmi taykmi kaykmiw كيكمي تيكمي كتكمي
    ghir_mn ghir_men ghi_mn just_from only_from juste_a_cause c_est_juste`,
  minor: `petite_fuite petit_fuite legere_fuite leger_fuite petit_degat goutte goutte_a_goutte gouttes small_leak little_leak slight_leak tiny_leak drip dripping drips pequena_fuga pequena_gotera gotea goteo gotas pinga pingando pequena_infiltracao kucuk_sizinti az_sizinti damla damliyor كيقطر يقطر شويه_د_الما tay9ter kay9tar kayqtar y9tar t9tar kat9tar
    fuite_sghira fuite_sghir sghira sghir
    pression faible low_pressure pressure weak presion pressao baixa bajo baja basinc* dusuk ضعيف ضعيفه الضغط d3if d3ifa pas_de_pression
    doucement doucemen tout_doucement slowly lentement despacio devagar yavas_yavas b_chwiya bchwiya
    tache tache_d_eau taches aureole* stain* mancha* leke* rutubet humidite`,
  since: `since_her since_his since_my depuis_son depuis_sa desde_su desde_que_se beri منذ_ان من_نهار`,
  still: `encore toujours still again sigue todavia ainda continua hala yine مازال باقي mazal ba9i`,
  ongoing: `depuis_ce_matin depuis_une_heure depuis_1h depuis_tout_a_l_heure depuis_hier_soir since_this_morning for_an_hour for_hours since_an_hour an_hour_now sabahtan_beri aksamdan_beri geceden_beri saattir desde_esta_manana desde_hace_una_hora desde_esta_manha ha_uma_hora faz_uma_hora hadi_sa3a mn_sba7 من_الصباح هادي_ساعه منذ_ساعه منذ_الصباح منذ_ساعتين
    since_last_night since_yesterday depuis_hier desde_ayer desde_anoche`,
  future: `demain   tomorrow next_week next_month next_year proximo proxima amanha proxim* yarin gelecek haftaya غدا غدوه الاسبوع_الجاي الشهر_الجاي ghedda
    semaine_prochain* mois_prochain* annee_prochain* prochaine_fois fois_prochain* lundi_prochain* samedi_prochain*`,
  // --- heard or seen, not told by the victim
  heard: `entends entend entendu entendons on_entend j_entends jentends hear hears hearing heard escucho escuchamos se_escucha se_oye oigo oimos ouco ouvimos ouve_se ouvi duyuyorum duyuyoruz duydum duyuyo* kansma3 kanesma3 kansme3 sme3t sm3t sma3t nsma3 kansm3 كنسمع سمعت اسمع نسمع كنسمعو tansma3
    jentan jentend jantan jantend j_entan entan entant`,
  cry: `pleur* pleure pleurent crying cries cry sobbing llanto llora llorando choro chora chorando aglama* agliyo* bki kaybki katbki tbki kat_bki kay_bki bkat كتبكي كيبكي تبكي يبكي بكا تتبكى`,
  blowsHeard: `coups des_coups bruits_de_coups bruit_de_coups banging thuds thumping smashing golpes golpazos pancadas vurma_sesi t9rqi3 tqerqi3 t9er9i3 تقرقيع dayak
    des_cou des_coup de_cou bruit_de_cou bruits_de_cou`,
  neighbour: `voisin* neighbour* neighbor* next_door vecin* vizinh* komsu* جار الجيران جاري جارتي الجاره jiran ljiran jari jarti jara jarna d_en_face opposite enfrente l9dam lqdam
    yan_daire* yan_dairede`,
  child: `enfant* gamin* gosse* petit petite bebe kid kids child children toddler baby little_boy little_girl nino* nina* nene* crianca* menino* menina* cocuk* bebek* ufaklik drri drari dri derri tfl tfla tifl الدري الدراري طفل طفله ولد بنت ولدي بنتي weldi bnti wlid
    crio crios chaval* peque
    cocug* cocuğ*`,
  ledge: `rebord* bord_de_la_fenetre appui_de_fenetre sill* ledge* edge borde alfeizar cornisa parapeito beiral pervaz* kenar* dans_le_vide jambes_dans legs_out legs_over legs_dangling piernas_fuera pernas_para_fora rjlih_barra rjliha_barra barra assis_sur sitting_on sentado_en sentada_en sentado_na oturmus oturuyo* grimpe* climbing climbed escalando subido_a subiu tirmaniyo* طالع_على tale3_3la tal3_3la kayen_3la kayna_3la fenetre_ouverte open_window window_open ventana_abierta janela_aberta pencere_acik
    cikmis cikti tirmanmis tirmandi
    asomado* barandilla* railing* korkuluk* فوق_حيط فوق_الحيط غادي_يطيح ghadi_yti7 kaytl3_3la kayetla3_3la 3la_l7it`,
  alone: `seul seule tout_seul toute_seule alone by_himself by_herself by_myself nobody_with no_adult sin_adultos sin_nadie solo_en sola_en sozinho sozinha yalniz* tek_basina tek_basima wa7di wa7dia wahdi wa7do wa7dha bo7di بوحدي وحدي بوحدو بوحدها ma_kayn_7ta_7ed ma_kayn_7ta_wa7ed ma_kayn_hta_had
    kimse_yok yaninda_kimse_yok
    bou7do bou7dha`,
  tool: `tournevis screwdriver destornillador chave_de_fenda tornavida pince pied_de_biche crowbar barre_a_mine tournvis torneviss
    tournevi`,
  opening: `kay7ell kay7el y7ell y7el kat7ell t7ell ouvre ouvrir opening open abrir abre abriendo abrindo aciyo* acmaya كيحل يحل كيحلو
    douvrir d_ouvrir douvre`,
  cough: `tousse* toux cough* tose tosiendo tosse tossindo oksur* kh7a7 ka7a7 kayk7a7 katk7a7 kaykh7a7 katkh7a7 kay_kh7a7 kat_kh7a7 كيكح كتكح كحه سعال يسعل تسعل كتسعل`,
  pain: `douleur* mal_au_ventre mal_au pain hurts hurting duele dolor dor doi agri* acisi aciyo* كتألم تتألم يتألم الم كيضرها كيضرو wja3 kaywja3 katwja3 kat_wja3 kaywj3o tbki`,
  something: `quelque_chose un_truc something algo alguma_coisa bir_sey bisey bi_sey شي_حاجه حاجه chi_7aja chi_haja 7aja`,
  recent: `minute* min_ago mins_ago il_y_a_min y_a_min hace_min minuto* minutos dakika* dk دقيقه دقائق دقايق d9i9a d9aye9 d9ay9 tout_a_l_heure just_now a_l_instant acaba_de acabo_de agora_mesmo az_once`,
  self: `je_suis je_sui jsuis chui on_est nous_sommes i_m im i_am we_re we_are estoy estamos estou kaldim kaldik rani ra7na 7na_m7bosin
    7na bina 7na_f`,
  // --- someone lost in the cold, an animal's attack, a swelling
  elder: `dame_agee vieille_dame vieux_monsieur vieil_homme papi papy mamie grand_pere grand_mere personne_agee old_lady old_man elderly grandad grandpa grandma granny abuel* senora_mayor anciano* anciana* idos* velhinh* avo yasli* teyze amca dede nine chibani chibania chiba lhaj lhaja شيباني الشيباني الشيبانيه شارفه الشارفه عجوز العجوز`,
  lost: `perdu perdue erre errait sait_plus_ou sait_pas_ou ne_sait_plus desoriente* confus* lost wandering confused doesn_t_know_where perdid* desorientad* confundid* kaybol* nerede_oldugunu_bilmiyo* ma3refch_fin ma_3refch_fin ma3rafch_fin تالف تايه tayh tal3a_lih mkhl3 mkhal3 ma_kay3refch_fin`,
  cold: `froid froi glacial gel cold freezing frio helando gelado frio_intenso soguk ayaz lbrd brd البرد برد pyjama pijama chemise_de_nuit camison robe_de_chambre nightgown nightdress dressing_gown geceligi
    soguk* ayazda`,
  dog: `chien chiens pitbull dog dogs perro perros cao caes kopek* kelb lkelb kleb lkleb الكلب كلب`,
  bite: `mord* mordu attaqu* attack* bite* biting bitten mauling muerde mordiendo ataca* morde mordendo ataca* isiri* saldiri* 3od kay3od 3addo 3adda عض كيعض عضو`,
  swelling: `gonfl* enfl* swell* swollen hinch* inchad* sisi* sisti* tnfekh tnfkh tnfkhat تنفخ تنفخات منفوخ`,
  face: `visage levres gorge langue face lips throat tongue cara labios garganta lengua rosto labios garganta lingua yuz* dudak* bogaz* dil wjeh wjeha wjho chfayef 7elq وجه وجهها وجهو الحلق شفايف`,
  rentWord: `loyer kra lkra lkira الكرا الكراء alquiler aluguel aluguer renda kira kirasi rent facture factura fatura bill bills`,
} as const;

export type HazardConcept = keyof typeof HAZARD_CONCEPTS;
