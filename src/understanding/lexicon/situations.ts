// Signs of a danger happening now, and of a calm or past mention, in every language (folded forms after
// Arabizi is read: "ri7a dyal gaz" arrives as "odeur de gaz"). _ joins words of a phrase, * is a prefix.
import type { EmergencyKind } from '../../knowledge/emergency.js';

/** What a resident describes when it is happening: senses and events, not only the danger's name. */
export const SITUATION_CUES: Record<EmergencyKind, string> = {
  gas: `odeur_de_gaz odeur_gaz sent_le_gaz sens_le_gaz sa_sent_le_gaz pue_le_gaz oeuf_pourri oeufs_pourris oeuf_pourit fuite_de_gaz gaz_qui_fuit
    smell_of_gas smells_of_gas smells_like_gas smell_gas gas_smell gas_leak rotten_egg* leaking_gas hissing
    olor_a_gas huele_a_gas fuga_de_gas huevo_podrido cheiro_a_gas cheira_a_gas cheiro_de_gas fuga_de_gas ovo_podre ovos_podres
    gaz_kokusu gaz_kokuyor gaz_kacagi gaz_kaciyor curuk_yumurta
    ريحه_الغاز رائحه_الغاز ريحه_ديال_الغاز رائحه_غاز تسرب_الغاز ريحه_الگاز odeur_de_lgaz odeur_lgaz`,
  fire: `fumee smoke humo fumo duman دخان الدخان fumee_sort* fumee_dans fumee_sous_la_porte fumee_qui_sort de_la_fumee fumee_noire fumee_partout ca_brule sa_brule au_feu le_feu_a_pris il_y_a_le_feu flammes incendie
    smoke_is_coming smoke_coming smoke_under smoke_everywhere black_smoke on_fire is_burning fire_in flames something_burning
    sale_humo hay_humo humo_por hay_fuego se_quema incendio fuego_en sai_fumo fumo_por esta_a_arder pegou_fogo fogo_na fogo_no
    duman_geliyor duman_var yangin_var yaniyor alev*
    دخان_كيخرج الدخان_كيطلع كاين_الدخان حريق النار_شعلات شعلات_العافيه كتشعل feu_f odeur_de_brule`,
  flood: `eau_partout l_eau_monte eau_monte inonde* ca_coule_partout coule_de_partout fuite_enorme plafond_coule eau_qui_coule_du_plafond deborde* eau_dans_le_salon eau_dans_la_chambre l_eau_arrive
    water_everywhere flooding flooded water_pouring pouring_through water_coming_through water_is_rising burst_pipe pipe_burst ceiling_leaking_badly
    agua_por_todas_partes se_inunda inundad* sale_agua_del_techo tuberia_rota agua_por_todo_lado inundou alagad* agua_a_entrar cano_rebentou
    her_yer_su su_basti su_bastı su_geliyor boru_patladi tavandan_su su_akiyor
    الما_كيطلع الما_كيخرج غرقات الدار_غرقت غرقت الماء_في_كل_مكان فيضان الما_فكل_بلاصه eau_monte_beaucoup eau_beaucoup`,
  injury: `tombe_et inconscient* respire_plus respire_pas saigne* sang_partout s_est_evanoui evanoui* malaise crise_cardiaque peut_plus_se_lever
    fell_and unconscious not_breathing isn_t_breathing bleeding collapsed passed_out can_t_get_up heart_attack
    se_cayo inconsciente no_respira sangra* desmay* caiu_e nao_respira sangr* desmaiou
    dustu_ve bayildi nefes_almiyor kaniyor kalp_krizi kalkamiyor
    طاح_و مغمى_عليه ما_كيتنفسش كينزف الدم_بزاف طاحت_و tombe_et_saigne`,
  domesticViolence: `me_frappe me_bat mari_me_frappe mari_me_bat hitting_me beating_me hits_me me_pega me_esta_pegando bate_me esta_a_bater_me beni_dovuyor dovuyor mon_mari_me_frappe mon_mari_me_bat mon_copain_me_frappe mon_ex_me_menace il_me_frappe il_me_bat
    my_husband_hits my_husband_is_hitting my_partner_hits my_boyfriend_hits
    mi_marido_me_pega mi_pareja_me_pega o_meu_marido_bate-me meu_marido_me_bate
    kocam_beni_dovuyor esim_beni_dovuyor
    راجلي_كيضربني زوجي_يضربني`,
  violence: `menace_avec_un_couteau couteau arme bagarre_devant on_se_bat ils_se_battent cambriol*_en_cours quelqu_un_essaie_d_entrer force_la_porte
    knife gun fight_outside someone_is_breaking break_in breaking_in trying_to_get_in
    cuchillo pistola pelea estan_robando faca arma briga assalto
    bicak silah kavga_var kapiyi_zorluyor hirsiz
    سكين جنوي مضاربه كيضاربو شفار`,
  evictionToday: `huissier_est_la huissier_devant on_me_met_dehors_aujourd_hui mettent_dehors change_la_serrure changent_les_serrures expulse_aujourd_hui
    bailiff_is_here bailiffs_are_here changing_the_locks thrown_out_today evicting_me_now
    nos_echan_hoy cambian_la_cerradura desalojo_hoy despejo_hoje trocar_a_fechadura
    icra_memuru_geldi kapidan_atiyorlar bugun_tahliye
    خرجوني_من_الدار كيخرجوني_اليوم المفوض_القضائي_جا`,
};

/** Words that make a danger happening now. */
export const NOW_CUES = `maintenant la en_ce_moment tout_de_suite vite urgent urgence au_secours aidez_moi help svp_vite actuellement encore toujours continue est_en_train
  now right_now currently still quick please_help help_me emergency happening is_coming are_coming
  ahora ya ahorita rapido socorro ayuda agora ja rapido socorro ajuda neste_momento
  simdi hemen acil imdat yardim su_an
  دابا الان الآن دروك عاجل بسرعه عتقوني عاونوني المساعده`;

/** Words that put it in the past, elsewhere, on paper or in a "what if". */
export const CALM_CUES = `hier avant_hier semaine_derniere mois_dernier l_an_dernier annee_derniere l_annee_derniere il_y_a_deux il_y_a_trois il_y_a_quelques depuis_reparé reparee repare* c_est_fini c_etait etait a_eu ya_eu y_a_eu
  aux_infos a_la_tele television journal reportage film serie documentaire
  facture* abonnement contrat assurance* attestation* declar* sinistre* rembours* indemnis* detecteur* exercice alarme_incendie_test
  comment_faire_pour que_faire_si si_jamais en_cas_de au_cas_ou comment_eviter prevenir conseil* risque
  yesterday last_week last_month last_year ago was were had used_to
  news on_tv telly tv documentary movie film series
  bill* invoice* alarm* smoke_alarm smoke_detector beep* contract insurance* claim* refund* detector* drill test testing
  how_do_i what_should_i_do_if in_case what_if how_to_avoid prevent* tips advice
  ayer semana_pasada mes_pasado ano_pasado hace_dos hace_unos noticias tele television pelicula factura* seguro* contrato detector* que_hago_si en_caso_de como_evitar
  ontem semana_passada mes_passado ano_passado noticias televisao filme conta_de fatura* seguro* contrato detetor* o_que_fazer_se em_caso_de
  dun gecen_hafta gecen_ay gecen_yil once haberlerde haber televizyon dizi film fatura* sigorta* sozlesme dedektor* tatbikat olursa ne_yapmali nasil_onlenir
  البارح امس الاسبوع_الماضي السيمانه_اللي_فاتت الشهر_الماضي العام_الماضي فالتلفزه التلفزه الاخبار فيلم فاتوره التامين العقد اذا_وقع ايلا_وقع كيفاش_نتفادى`;
