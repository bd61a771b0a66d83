// Emergencies told the way people tell them, by family of situation, in every language and way of
// writing; and the calm messages that share their words (a lift stuck with nobody in it, one's own pills).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/config.js';
import { createKnowledge, type Knowledge } from '../../src/knowledge/knowledge.js';
import { realTranslator, testConfig } from '../helpers/setup.js';

describe('emergency families', () => {
  let knowledge: Knowledge;
  beforeAll(async () => {
    knowledge = createKnowledge({ ...testConfig('/tmp/unused'), timeZone: 'Europe/Paris' }, await realTranslator());
  });
  const read = (text: string, lng: Language) => knowledge.understanding.emergency(text, lng);

  it.each([
    // something swallowed: pills, a cleaning product, a button battery
    ['en', 'my little girl swallowed a few tablets from the drawer', 'injury'],
    ['fr', 'le petit a avalé une pile bouton', 'injury'],
    ['es', 'mi hijo se ha tragado unas pastillas de su abuela', 'injury'],
    ['pt', 'o miúdo engoliu uma pilha do comando', 'injury'],
    ['tr', 'kızım bulaşık deterjanı içti', 'injury'],
    ['ar', 'ولدي شرب الصابون ديال الماعن', 'injury'],
    ['ar', 'bnti bal3at dwa dyal jedda', 'injury'],
    // carbon monoxide: headaches or sickness where a boiler or heater burns
    ['en', 'since we turned the heater on we all have a headache and feel sick', 'gas'],
    ['fr', 'depuis que la chaudiere tourne on a mal a la tete toute la famille', 'gas'],
    ['tr', 'kombiyi yakinca hepimizin basi agriyo', 'gas'],
    ['ar', 'rasna kaydor mli chelna chauffage', 'gas'],
    // a person shut in a lift
    ['en', 'my son is trapped in the lift on the 4th floor', 'trapped'],
    ['fr', 'ma voisine est coincee dans l ascenseur', 'trapped'],
    ['pt', 'ficámos presos no elevador', 'trapped'],
    ['ar', 'حنا محبوسين فالسانسور', 'trapped'],
    // down and not getting up, not answering, shaking
    ['en', 'grandad fell in the kitchen and he is not answering me', 'injury'],
    ['fr', 'mon pere est par terre il arrive pas a se relever', 'injury'],
    ['tr', 'babam dustu kalkamiyo', 'injury'],
    ['ar', 'mama ta7t w ma9dratch tnod', 'injury'],
    ['es', 'mi madre esta en el suelo temblando', 'injury'],
    // a partner's threat said further along the sentence
    ['en', 'my ex is outside shouting and says he will hurt me', 'domesticViolence'],
    // someone breaking in through a window
    ['en', 'a man smashed the kitchen window and is getting in', 'violence'],
    ['tr', 'biri cami kirdi iceri giriyor', 'violence'],
    ['ar', 'شي واحد هرس الشرجم وداخل', 'violence'],
    // sparks or smoke from the electrics
    ['en', 'the fuse box is smoking', 'fire'],
    ['tr', 'sigorta kutusundan duman cikiyor', 'fire'],
    ['ar', 'la prise kaykhrej menha chrar', 'fire'],
    // water rising or filling the place
    ['tr', 'bodrumda su yukseliyo', 'flood'],
    ['ar', 'الجعبة تفرگعات والما عامر الدار', 'flood'],
    // locks changed by others, today
    ['fr', 'lissier il change la serrure maintenan', 'evictionToday'],
    ['ar', 'المحضر يغير القفل الآن', 'evictionToday'],
    ['tr', 'su an kilidi degistiriyorlar', 'evictionToday'],
    // the heart and the brain
    ['en', 'my dad has a crushing pain in his chest and down his left arm', 'injury'],
    ['fr', 'mon mari a mal a la poitrine et il transpire enormement', 'injury'],
    ['es', 'a mi abuela se le ha quedado la boca torcida', 'injury'],
    // someone who wants to end their life
    ['fr', 'mon frere est sur le toit il veut sauter', 'injury'],
    ['ar', 'ukhti bghat tl7 rasha mn sta7', 'injury'],
    // the building gives way
    ['en', 'the ceiling collapsed in the kids room', 'flood'],
    ['pt', 'o teto caiu em cima da minha mae', 'injury'],
    // a neighbour nobody has seen for days
    ['en', 'my elderly neighbour has not opened her door for three days and there is a smell', 'injury'],
    ['tr', 'alt kattaki teyze 3 gundur kapiyi acmiyo', 'injury'],
    // a product in a child's mouth
    ['fr', 'le bebe a une capsule de lessive dans la bouche', 'injury'],
    // a carbon monoxide detector with someone unwell
    ['en', 'the co alarm is going off and my wife is dizzy', 'gas'],
    // an ex at the door
    ['es', 'mi exmarido esta en la puerta y tengo una orden de alejamiento', 'domesticViolence'],
    // a neighbour's wife beaten, a hip broken in a fall, gas hissing
    ['en', 'the guy next door is beating his wife, she is screaming', 'domesticViolence'],
    ['fr', 'mon pere est tombe il a la jambe cassee', 'injury'],
    ['fr', 'le gaz siffle derriere la gaziniere', 'gas'],
    // darija in Latin letters spelled any way: read by its consonants
    ['ar', 'rihet lgaz kayna f lcouloir', 'gas'],
    ['ar', 'kayen dokhane bezzaf f droj', 'fire'],
    ['ar', 'jdi ta7 w ma kayjawbch', 'injury'],
    ['ar', 'rajli drbni o mcha', 'domesticViolence'],
    // water up to the knees; pills all taken; strangled; a nose broken
    ['en', 'the water is up to my knees in the basement', 'flood'],
    ['pt', 'a agua ja chega aos tornozelos na sala', 'flood'],
    ['es', 'mi hijo se tomo todas las pastillas de su abuelo', 'injury'],
    ['ar', 'راجلي بغا يخنقني دابا', 'domesticViolence'],
    ['fr', 'mon conjoint m a casse le nez', 'domesticViolence'],
    // pushed, shut in, a bat; a child hanging; shouting for help; a coin swallowed; asthma; a shock
    ['en', 'my boyfriend pushed me against the radiator', 'domesticViolence'],
    ['ar', 'rajli sed 3liya f lbit w ma khallanich nkhrej', 'domesticViolence'],
    ['fr', 'un type menace tout le monde avec une batte dans le hall', 'violence'],
    ['es', 'un nino esta colgando del balcon del tercero', 'injury'],
    ['en', 'i can hear the old man next door screaming for help', 'injury'],
    ['ar', 'bnti bal3at dirham', 'injury'],
    ['pt', 'o meu filho esta com uma crise de asma forte', 'injury'],
    ['tr', 'oglumu elektrik carpti', 'injury'],
    ['ar', 'wa7ed tay7 f droj dyal l3imara', 'injury'],
    // a drip that reaches the sockets; out cold; out of a window
    ['es', 'gotea mucho del techo y cae agua en los enchufes', 'flood'],
    ['es', 'mi abuelo perdio el conocimiento en el pasillo', 'injury'],
    ['en', 'my toddler fell out of the bedroom window', 'injury'],
    // belongings thrown out now
    ['en', 'they are throwing our furniture out on the street', 'evictionToday'],
  ] as [Language, string, string][])('%s "%s" is a %s', (lng, text, kind) => {
    expect(read(text, lng)?.kind).toBe(kind);
  });

  it.each([
    ['en', 'the lift is stuck on the 5th floor again, when will it be repaired'],
    ['fr', "l'ascenseur est bloqué au 3ème depuis hier"],
    ['en', 'my son took his medicine without any problem'],
    ['en', 'the front door lock is broken, anyone can get in'],
    ['en', 'can i change the locks, my ex still has the keys'],
    ['fr', 'je voudrais changer la serrure de ma porte'],
    ['fr', "j'ai failli tomber dans l'escalier mouillé"],
    ['fr', "de l'eau rentre par la fenêtre quand il pleut fort"],
    ['fr', 'les enfants des voisins tapent à ma porte tous les soirs'],
    ['es', 'el humo de la barbacoa de los vecinos entra en mi casa'],
    ['tr', 'merdivende az kalsin dusuyordum'],
    ['en', 'i burnt my finger cooking, nothing serious'],
    ['ar', 'kont ghadi nti7 f droj'],
    ['fr', "qu'est-ce qu'on fait s'il y a le feu dans la cave ?"],
    ['tr', 'binada gaz kokarsa kimi aramaliyim'],
    ['ar', 'إلى وقعت شي فيضان شكون نعيط ليه'],
    ['en', 'how do i bleed the radiator in the bedroom'],
    ['ar', 'كيفاش نحل الكونتور ديال الما والضو'],
    ['en', 'the smoke alarm beeps every minute, i think the battery is flat'],
    ['es', 'la cisterna pierde agua hace dias'],
    ['pt', 'teve um incendio no predio ao lado, ainda bem que ninguem se machucou'],
    ['fr', 'la regul de charges d eau est enorme, 400 euros'],
    ['pt', 'a pressao da agua e muito baixa no duche'],
    ['ar', 'lma d3if bzaf f lkouzina'],
    ['ar', 'السقف فيه الرطوبة والصباغة طايحة'],
    ['en', 'my boyfriend broke the window handle by accident, who fixes it'],
  ] as [Language, string][])('%s "%s" is calm', (lng, text) => {
    expect(read(text, lng)).toBeUndefined();
  });
});
