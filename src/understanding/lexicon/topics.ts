// Words that point to each procedure topic, in the six languages and as residents write them. A word
// ending in * is a prefix; words joined by _ must follow each other. "strong" words weigh double.
// Written from the content's own vocabulary and housing usage, never from evaluation questions.

export interface TopicWords {
  strong: string;
  weak: string;
}

export const TOPIC_WORDS: Record<string, TopicWords> = {
  'apply-social-housing': {
    strong: `t2_t3 demande_de_logement hlm demande_de_logement demande_logement logement_social numero_unique dossier_hlm attribution* cal commission_d_attribution
      social_housing council_housing council_flat housing_application apply_for_housing housing_list waiting_list
      vivienda_social solicitud_de_vivienda piso_social habitacao_social habitação_social pedido_de_habitacao casa_social
      sosyal_konut toki konut_basvuru* belediye_konutu
      سكن_اجتماعي السكن_الاجتماعي طلب_سكن طلب_السكن طلب_الدار سكن_هلم
      loyer_modere habitation_a_loyer_modere proteccion_oficial vivienda_protegida vpo`,
    weak: `demande* logement* inscri* renouvel* attente attendre attends attend dossier* obtenir trouver_un_logement cherche* recherche* sans_logement
      apply* application waiting wait* register* renew* flat_from accommodation find_a_home
      solicit* pedido* inscripcion inscricao esper* renovar
      basvur* basvuru kayit bekli* ev_ariyorum ev_bulmak konut* yenile*
      طلب* تسجيل انتظار سكن* الدار_ديال_الدولة شقة ننتظر
      apuntarme apunto inscribirme`,
  },
  'housing-allowance': {
    strong: `apl als alf caf aide_au_logement aides_au_logement allocation_logement allocation* msa
      housing_benefit housing_allowance
      ayuda_al_alquiler ayuda_vivienda subsidio_de_vivienda prestacion* subsidio_de_habitacao abono_de_familia apoio_a_renda
      kira_yardimi konut_yardimi
      منحة_السكن مساعدة_السكن المساعدة_على_السكن الكاف لكاف كاف
      aide_payer_loyer aide_pour_le_loyer aide_au_loyer ayuda_para_el_alquiler ayuda_pagar_alquiler ayuda_del_alquiler ajuda_para_a_renda
      help_with_rent help_with_the_rent help_with_my_rent towards_my_rent towards_the_rent`,
    weak: `aide aides montant baisse* baisser diminu* droit* simul* declar* ressources versement* verse* touche* toucher paiement_caf
      benefit* allowance* entitled claim* payment_from
      ayuda* subsidio* apoio* beneficio* ajuda*
      yardim* destek* odenek
      مساعدة منحة الدعم`,
  },
  'pay-rent': {
    strong: `quittance* prelevement* prelevé virement* rib avis_d_echeance
      rent_receipt direct_debit standing_order 
      recibo_de_alquiler domiciliacion recibo_da_renda recibo_de_renda debito_direto
      kira_makbuz* otomatik_odeme
      وصل_الكراء وصل_الايجار `,
    weak: `payer_le_loyer payer_mon_loyer pay_the_rent pay_my_rent pagar_el_alquiler pagar_a_renda kira_odemek kirayi dekont* internet* intrenet en_ligne carte par_carte especes_a_l_agence loyer* payer paie* paye* paiement* cheque* especes carte_bancaire recu echeance mensuel* tipi
      rent pay* paying receipt* card cash online bank
      alquiler* renta renda pag* recibo* tarjeta banco
      kira* ode* makbuz banka kart
      الايجار ايجار الكراء الكرا دفع ادفع وصل`,
  },
  'rent-arrears': {
    strong: `retard* huissier* n_arrive_plus arrive_plus peux_plus_payer pas_pu_payer pu_payer pas_paye en_plusieurs_fois plusieurs_fois perdu_mon_travail perdu_mon_emploi chomage lost_my_job instalment* installment* in_instalments poco_a_poco a_plazos perdi_el_trabajo aos_poucos prestacoes perdi_o_emprego taksit* isimi_kaybettim isten_ciktim yatiramadim odeyemedim birikti icra* فقدت_عملي تقسيط* بشويه متاخره ديون* دين* peux_pas impaye* retard_de_loyer dette* echeancier plan_d_apurement fsl commandement_de_payer peux_pas_payer arrive_pas_a_payer n_arrive_pas retard_de_paiement
      rent_arrears arrears behind_on_rent can_t_pay cannot_pay owe* debt*
      deuda* atraso* no_puedo_pagar atrasad* divida* nao_consigo_pagar em_atraso
      kira_borcu borc* odeyemiyorum odeyemedim gecikme* geciktir* odeyemi*
      متاخر تاخرت ديون دين لا_استطيع_الدفع ما_قدرتش معطل_ف_الكرا
      desahuci* desalojo* impago* deuda_del_alquiler
      no_podido_pagar no_pude_pagar no_podemos_pagar chwiya_chwiya بشويه_بشويه شويه_بشويه`,
    weak: `dette* detes debt perdu lost perdi kaybettim retard* difficult* payer_en_plusieurs_fois plusieurs_fois mois_de_retard relance* huissier* expulsion* galere* fin_de_mois
      late behind struggl* afford* help_paying months
      retras* dificultad* dificuldade* meses mes
      zor* sikinti* ay_kira
      صعوبة مشكل شهور شهر
      poder_pagar`,
  },
  'service-charges': {
    strong: `charges* regularisation* regul* provision* charges_locatives decompte* rappel_de_charges
      service_charge* charges_statement annual_statement
      gastos_comunes gastos_de_comunidad regularizacao despesas_de_condominio encargos*
      aidat* yan_gider* gider_fark* mahsup*
      المصاريف_المشتركة التكاليف الشارج الشارجات تسوية
      en_plus_du_loyer ademas_del_alquiler aparte_del_alquiler parties_communes
      اعباء الاعباء`,
    weak: `eau_chaude entretien menage_des_parties gardien* ascenseur_charges trop_cher augmente* augmentation* justificatif* detail* facture_charges rappel
      increase* statement breakdown cleaning caretaker overcharg*
      gastos cuota comunidad despesas aumento* condominio
      fark artis* fatura_fark
      زيادة مبلغ
      eau_froide limpieza* sindic* syndic*`,
  },
  'report-repair': {
    strong: `ماء_ساخن الماء_الساخن صراصير* سخون* مرحاض* تدفئه* التدفئه معطل* عفن* moisissure chaude panne* fuite* repar* casse* chaudiere* chauffage* chauffe_eau radiateur* robinet* serrure* ascenseur* moisissure* humidite* infiltration* degat* bouche* evier* wc toilette* volet* fenetre_cassee interphone* prise* disjonct* cafard* punaise* nuisible* rat* souris
      repair* broken leak* boiler heating radiator* tap mould mold damp blocked toilet* lift elevator lock* pest* cockroach* bedbug* mice
      averia* reparacion* fuga* calefaccion caldera* grifo* humedad* moho roto* rota* atasc* reparo* avaria* vazamento* aquecimento esquentador torneira* bolor mofo entupid* elevador* fechadura* baratas
      ariza* tamir* sizinti* kombi* petek* musluk* rutubet* kuf* kirik* tikan* asansor* kilit* bocek* hamamboc* fare
      عطل معطل اصلاح تصليح تسرب الرطوبة رطوبة العفن مكسور مكسورة الحنفية المصعد السخان الشوفاج التدفئة صرصور الصراصير بق مسدود مخسرة الروبيني روبيني
      taches_noires traces_noires champignon* manchas_negras
      cucaracha* plaga* percevejo*`,
    weak: `marche_plus fonctionne_plus plus_d_eau_chaude eau_chaude froid plafond* mur* porte* fenetre* lumiere electricite plombier* technicien* intervention* signaler* reclam*
      not_working doesn_t_work no_hot_water hot_water cold fix* plumber* window* door* ceiling wall* report*
      no_funciona agua_caliente frio arreglar* fontanero ventana* puerta* techo pared* nao_funciona agua_quente frio consertar* canalizador janela* porta* teto parede*
      calismiyor sicak_su soguk tamirci* pencere* kapi* tavan duvar* bozuk* bozul*
      ماكيخدمش الما_السخون سخون البرد الباب الشرجم السقف الحيط
      chinche*
      pas_ferme ferme_plus ferme_pas`,
  },
  'home-insurance': {
    strong: `assurance asurance assurance* attestation_d_assurance assureur* multirisque* responsabilite_civile sinistre* assure* mrh
      insurance* insure* insurer* policy home_contents claim_form
      seguro* aseguradora* segurador* apolice*
      sigorta* police* dask konut_sigortasi
      تامين التامين التأمين شهادة_التامين
      contrat_d_habitation contrat_habitation assurance_habitation seguro_del_hogar seguro_de_hogar`,
    weak: `attestation* contrat* couvert* garantie* degat_des_eaux declaration_de_sinistre
      certificate cover* damage*
      certificado* cobertura* danos* daños*
      belge* hasar* teminat*
      شهادة عقد
      degat_des_eaux`,
  },
  'move-in': {
    strong: `اوقع توقيع* معاينه* مفاتيح* cles nouvelle_maison nouveau_logement nouvo etat_des_lieux_d_entree entrer_dans entree_dans emmenag* signature_du_bail signer_le_bail cles remise_des_cles nouveau_logement premier_loyer depot_de_garantie_a_verser visite_du_logement
      move_in moving_in new_flat new_home keys sign_the_lease tenancy_agreement check_in inventory
      entrega_de_llaves mudarme_al firmar_el_contrato nuevo_piso entrada* chaves nova_casa assinar_o_contrato mudar_para
      anahtar* tasinma* yeni_ev* sozlesme_imza* giris*
      المفاتيح السوارت الدار_الجديدة سكنت_جديد عقد_الكراء توقيع_العقد
      sign*_bail firm*_contrato
      الدخله ليطا_ديزيو_ديال_الدخله pour_rentrer pour_entrer quand_on_entre en_entrant avant_d_entrer para_entrar al_entrar cuando_entro باش_ندخل girerken when_i_move_in`,
    weak: `عقد* العقد الدخول جديده bail contrat entrer arrivee nouveau nouvel emmenage* installer* compteur* ouvrir_compteur
      lease contract new arriv* meter*
      contrato nuevo nova novo llave* contador*
      sozlesme* yeni sayac*
      العقد جديد جديدة الكونتور
      caution* fianza
      ليطا_ديزيو cle clef* nouvel_appart nouveau_appart`,
  },
  'move-out': {
    strong: `end_my_tenancy end_the_tenancy end_tenancy cancel*_el_contrato cancel*_contrato rescindir* rescindo resilie* افسخ نفسخ فسخ* مغادره* fesh* feshet* bitirmek resilier preavis* resilier* resiliation* quitter* etat_des_lieux_de_sortie rendre_les_cles depot_de_garantie caution* partir_du_logement donner_conge conge
      notice* give_notice move_out moving_out leave_the_flat leaving deposit* end_the_lease terminate*
      preaviso* dejar_el_piso irme fianza* deposito* sair_de_casa sair_do aviso_previo caucao* cancelar_el_contrato rescind*
      cikmak cikis* ihbar* depozito* evden_cik* tahliye* sozlesme_fesh* ayril*
      نخرج نخوي الضمانة الكارانتي الخروج الاشعار فسخ_العقد نغادر
      antelacion con_cuanta_antelacion
      الخرجه ليطا_ديزيو_ديال_الخرجه انهاء_العقد انهاء_عقد فسخ_عقد
      rend*_cle rend*_cles rend*_clef*`,
    weak: `partir demenag* rendre sortie depart* remboursement* recuperer* lettre_recommandee
      leave* move* return* refund* back
      salir* sair mudanza* devolucion* devolver* reembolso*
      tasin* iade* geri_al*
      نرحل نبدل_الدار
      avisar_al_casero prevenir
      ليطا_ديزيو`,
  },
  'housing-transfer': {
    strong: `صغيره* صغير* اكبر كبيره_علينا تغيير_مسكني تبديل* نبدل* petit trop_petit sghira mutation* echange_de_logement echanger* changer_de_logement logement_plus_grand plus_grand plus_petit trop_petit trop_grand une_piece_de_plus sous_occupation sur_occupation echanger_appart
      transfer* swap* exchange* bigger smaller too_small overcrowd* larger change_social_home change_social_housing change_my_social change_my_home another_social_home another_social_flat
      cambio_de_vivienda cambiar_de_piso cambiar_de_vivienda cambiar_mi_vivienda otra_vivienda_social mas_grande demasiado_pequeno permut* troca* mudar_de_casa mudar_de_habitacao trocar_de_habitacao trocar_de_casa outra_habitacao_social maior mais_pequen* pequeno_demais
      degistir* daha_buyuk daha_kucuk kucuk_geliyor tayin* takas* konutumu_degistir* baska_bir_sosyal_konut baska_sosyal_konut
      نبدل_الدار تبديل السكن_صغير صغيرة_علينا دار_كبيرة كبر صغر تغيير_السكن اغير_مسكن* سكنا_اجتماعيا_اخر`,
    weak: `changer* autre_logement petit grand piece* chambres enfants_grandissent quartier autre_quartier rapprocher*
      change* another small room* bedrooms area
      cambiar* otro otra otra_vivienda pequeno pequena habitaciones mudar outra outro quartos
      baska_ev baska* kucuk buyuk oda*
      اخرى بيت_زايد بيوت
      rez_de_chaussee zemin_kat* ground_floor planta_baja res_do_chao الطابق_الارضي`,
  },
  'household-change': {
    strong: `غادر_البيت غادر* خرج_من_الدار est_parti parti_de_la_maison sont_partis divorce separe changement_de_situation situation_familiale naissance* bebe* mariage* marie* divorc* separation* separe* deces* decede* pacs* concubin* naitre enceinte* composition_familiale
      baby birth* married marriage divorc* separat* death* died passed_away partner_moved household_change pregnan*
      nacimiento* bebe* boda* casad* divorcio* separad* fallec* embaraz* nascimento* casamento* divorcio* faleci* gravid* gravida
      evlen* bosan* dogum* bebek* vefat* olum* hamile* ayrildik
      ولادة مولود زواج تزوجت طلاق تطلقت وفاة توفي حامل ولدت
      vient_habiter revient_habiter vient_vivre habiter_chez_moi vivre_avec_moi vivre_avec_nous vivir_conmigo vivir_con_nosotros venido_a_vivir
      تسكن_معايا تسكن_معانا يسكن_معايا يسكن_معانا جات_تسكن جا_يسكن tskon_avec yskon_avec tsken_avec ysken_avec habite_avec_moi habiter_avec_moi habiter_avec_nous`,
    weak: `parti partie declarer* foyer* famille* conjoint* enfant_en_plus arrive* part_de_la_maison heberge* ajouter* retirer* nom_sur_le_bail
      household family partner* add* remove* moved_in moving_in_with
      familia* pareja hogar agregar* anadir* companheir* agregado_familiar acrescent*
      aile* es* eklemek cikarmak
      العائلة الاسرة زوجتي زوجي`,
  },
  'neighbour-dispute': {
    strong: `cri* crie bagir* kaytghwet katghwet tghwat ghwat voisin* tapage* bruit* nuisance* incivilit* insulte* menace* harcel* conflit* dispute* musique_fort chien_aboie trouble_de_voisinage
      neighbour* neighbor* noise* noisy loud antisocial harass* threat* dispute*
      vecin* ruido* ruidoso* molest* acoso vizinh* barulho* barulhent*
      komsu* gurultu* rahatsiz* kavga* tehdit*
      الجيران الجار جاري جارتي الضجيج ضجيج الصداع الغوات مشاكل_مع_الجيران`,
    weak: `musique fete soiree nuit cris* crie* aboie* odeur_de_cannabis fume_dans_l_escalier chien* calme mediat* plainte*
      music party night shout* scream* dog* bark* complain*
      musica fiesta noche grit* perro* queja* festa noite cao* reclam*
      muzik parti gece bagir* kopek* sikayet*
      الليل الموسيقى الكلب`,
  },
  'supported-housing': {
    strong: `انام_في_السياره السياره الشارع الزنقه rue dans_la_rue a_la_rue dormir_dehors nulle_part foyer_jeunes_travailleurs fjt coche carro arabada voiture car hebergement_d_urgence foyer_d_hebergement residence_sociale centre_d_hebergement chrs 115 sans_abri a_la_rue dehors sdf maison_relais pension_de_famille logement_accompagne accompagnement_social siao
      homeless shelter* emergency_accommodation sleeping_rough on_the_street supported_housing hostel*
      albergue* sin_hogar sin_techo en_la_calle casa_de_acogida sem_abrigo sem_teto na_rua acolhimento* abrigo*
      evsiz* sokakta barinak* siginma* kalacak_yer*
      بلا_سكن في_الشارع فالزنقة ف_الزنقة مأوى ماوى ملجأ مبيت بلا_دار
      con_apoyo vivienda_tutelada piso_tutelado avec_accompagnement
      warden sheltered_housing assisted_living care_home residence_autonomie residence_senior* foyer_logement ehpad residencia_de_mayores residencia_para_mayores lar_de_idosos destekli* huzurevi* bakimevi* مرافقه مرافقة_اجتماعية اقامة_لكبار_السن دار_العجزه`,
    weak: `انام نبات dormir dors dort sleeping sleep duermo durmo uyuyorum hebergement* heberge* urgence_logement dormir nulle_part plus_de_logement violence* accompagn* travailleur_social assistante_sociale
      nowhere sleep* social_worker support*
      dormir ningun* ajuda_social asistente_social assistente_social
      uyu* yer_yok sosyal_hizmet*
      ننعس نبات ماعنديش_فين
      apprenti* alternan*
      carer* dementia alzheimer* seule_la_nuit`,
  },
  'energy-bills': {
    strong: `شيك_الطاقه الطاقه cheque_energie energie cheque_energie facture_d_electricite facture_de_gaz facture_electricite facture_gaz edf engie compteur_linky linky fournisseur_d_energie coupure_d_electricite precarite_energetique
      energy_bill* electricity_bill gas_bill energy_voucher energy_cheque power_cut
      factura_de_luz factura_de_la_luz factura_del_gas bono_social conta_da_luz conta_de_luz fatura_da_luz conta_de_gas cheque_energia
      elektrik_faturasi dogalgaz_faturasi gaz_faturasi fatura* enerji_ceki
      فاتورة_الضو فاتورة_الكهرباء فاتورة_الغاز فاتورة الضو الكهرباء
      payer_le_gaz payer_l_electricite payer_ma_facture payer_la_facture payer_edf pagar_la_luz pagar_el_gas pagar_la_factura pagar_a_luz pagar_o_gas pagar_a_conta`,
    weak: `electricite* electrique gaz energie* facture* compteur* fournisseur* coupure* chauffage_electrique
      electric* energy gas bill* meter* supplier* cut_off
      luz electricidad gas factura* energia eletricidade conta* corte*
      elektrik dogalgaz gaz enerji kesil* sayac*
      الكهرباء الغاز فاتورة`,
  },
  'renovation-works': {
    strong: `سقاله* السقاله نصبغ صباغه* peinture* repeindre peindre paint* pintar* boya* travaux* chantier* renovation* rehabilitation* ravalement* isolation* echafaudage* ouvriers* entreprise_de_travaux
      works renovation* refurbish* scaffold* builders construction* insulation*
      obras* renovacion* rehabilitacion* andamio* obreros* reforma* andaime* operarios*
      tadilat* renovasyon* insaat* iskele* isci* yalitim* boya*
      الاشغال الأشغال اشغال الخدمة_ف_العمارة الترميم البني الصباغة`,
    weak: `bruit_des_travaux poussiere* peinture* facade* toiture* rénover renover* modifier* amenager* percer* accord_du_bailleur autorisation*
      dust* paint* facade roof* permission* alter* decorat*
      polvo* pintura* fachada* tejado* permiso* pó pintar* telhado* autorizac*
      toz* cati* izin* dekor*
      الغبار الصباغة`,
  },
  'buy-social-home': {
    strong: `مالك* اشتري نشري شراء proprietaire devenir_proprietaire acheter* achat* acquerir* accession* vente_hlm devenir_proprietaire proprietaire_de_mon_logement psla
      buy* purchase* buying own_my_home right_to_buy homeowner*
      comprar* compra* propietario* compra_de_vivienda comprar_casa proprietario*
      satin_al* satin* sahibi_olmak ev_sahibi_olmak mulk*
      نشري شراء اشتري نولي_مول_الدار نملك مالك
      نشريو نشريها شريت_الدار تملك_الدار ملكيه تمليك`,
    weak: `vendre vente* proprietaire* pret_immobilier credit_immobilier banque
      sell* mortgage* loan* owner*
      vender* venta* hipoteca* credito* vend*
      kredi* satis* banka
      قرض البنك`,
  },
  'moving-help': {
    strong: `aide_au_demenagement aides_au_demenagement prime_de_demenagement frais_de_demenagement payer_le_demenagement demenageurs camion_de_demenagement mobili_pass
      moving_costs removal* removal_van moving_grant help_with_moving moving_expenses pay_for_the_move
      gastos_de_mudanza ayuda_mudanza ajuda_para_mudanca despesas_de_mudanca
      tasinma_yardimi nakliye* nakliyat* tasinma_masraf*
      مصاريف_الرحيل مساعدة_الرحيل الكاميو الرحيل
      camion* furgoneta* louer_un_utilitaire
      نقل_الاثاث شركه_النقل شركه_نقل شاحنه* الشاحنه تكاليف_الانتقال مصاريف_الانتقال مصاريف_النقل تكاليف_النقل demenagement_cher`,
    weak: `demenag* camion* carton* frais* prime* financer*
      moving move* van costs expens*
      mudanza* mudanca* camion* caja*
      tasin* kamyon* masraf*
      نرحل رحيل
      الانتقال انتقل* ننتقل* اثاث الاثاث`,
  },
  'home-adaptation': {
    strong: `مقبض* كرسي_متحرك baignoire* bath bathtub banera baneira kuvet* حوض_الاستحمام fauteuil* handicap* fauteuil_roulant fauteuil* adapter_le_logement adaptation* douche_a_l_italienne barre_d_appui barres_d_appui monte_escalier mobilite_reduite personne_agee perte_d_autonomie mdph apa ergotherap*
      disab* wheelchair* adapt* walk_in_shower grab_bar* grab_rail stairlift mobility elderly
      discapacidad* silla_de_ruedas adaptar* minusval* movilidad* deficiencia* cadeira_de_rodas mobilidade* idoso*
      engelli* tekerlekli_sandalye* yasli* uyarla* rampa*
      اعاقة الاعاقة معاق كرسي_متحرك الكرسي_المتحرك كبير_فالسن الشيخوخة
      peux_plus_marcher peut_plus_marcher mal_a_marcher du_mal_a_marcher`,
    weak: `baignoire* douche* marche* escalier* tomber chute* age vieux vieille ag* rampe* accessib* ascenseur_en_panne_handicap
      bath* shower* stairs step* fall* old* accessib* ramp*
      banera* ducha* escaler* mayor* banheira* duche* escada* velh*
      banyo* dus* merdiven* yas*
      الدوش الحمام الدروج كبيرة_فالسن`,
  },
};
