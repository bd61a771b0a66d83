// Dangers told by a witness or in the resident's own spelling: violence heard through a wall, a child on a
// window's edge, something swallowed, someone shut in a lift, a door opened with a tool; Turkish and darija
// verb forms as typed; a one-word content pattern ("couteau") is a word, not a situation.
import { beforeAll, describe, expect, it } from 'vitest';
import { createKnowledge, type Knowledge } from '../../src/knowledge/knowledge.js';
import type { Language } from '../../src/config.js';
import { realTranslator, testConfig } from '../helpers/setup.js';

describe('emergencies heard, seen and typed as spoken', () => {
  let knowledge: Knowledge;
  beforeAll(async () => {
    knowledge = createKnowledge({ ...testConfig('/tmp/unused'), timeZone: 'Europe/Paris' }, await realTranslator());
  });
  const read = (text: string, lng: Language) => knowledge.understanding.emergency(text, lng);

  it.each([
    // violence heard through a wall
    ['fr', "j'entends des cris et des coups chez la voisine du dessus", 'violence'],
    ['fr', 'jentan des cri et des cou ché la voisine', 'violence'],
    ['ar', 'كنسمع الغوات والضرب عند الجيران والمرا كتبكي', 'violence'],
    ['ar', 'sme3t chi mra katbki w kat ghowet w sda3 dyal drb f dar jiran', 'violence'],
    ['tr', 'komsudan cigliklar ve vurma sesleri geliyo kadin agliyo', 'violence'],
    // a child on the edge of a window or a balcony
    ['fr', 'un enfant est monté sur le rebord du balcon au 5e, il est seul', 'injury'],
    ['ar', 'drri kayen 3la chrjem rjlih barra w ma kayn 7ta 7ed', 'injury'],
    ['tr', 'cocuk balkonun demirlerine cikmis kimse yok yaninda', 'injury'],
    // something swallowed, with a cough or pain, minutes ago
    ['fr', 'ma fille a avalé une bille, elle tousse sans arrêt', 'injury'],
    ['en', 'my son swallowed a magnet 5 minutes ago', 'injury'],
    ['ar', 'bnti bl3at chi 7aja w katkh7a7 bzaf', 'injury'],
    // someone shut in a stopped lift
    ['fr', 'je sui bloké dan lasenseur avec mon bebe', 'trapped'],
    ['ar', 'sansor w9ef w khti f wsto katbki', 'trapped'],
    ['tr', 'asansorde kaldik iki kat arasinda cocuk korkuyo', 'trapped'],
    // a door opened with a tool while the resident is inside alone
    ['ar', 'chi wa7ed kay7ell lbab b tournevis w ana wa7di', 'violence'],
    ['fr', 'ya un homme ki essai douvrir ma porte avec un tournevi', 'violence'],
    ['fr', 'lhuissier é la avec la police il change la seriure', 'evictionToday'],
    // someone lost in the cold, a dog attacking, a face swelling after eating
    ['fr', 'un vieux monsieur en pyjama dehors, il fait froid, il est perdu', 'injury'],
    ['ar', 'chibania f zen9a f lbrd, tayha, ma3refch fin saknā', 'injury'],
    ['tr', 'yasli amca gece sokakta soguktan titriyo kaybolmus', 'injury'],
    ['fr', 'un chien attaque mon fils dans le hall', 'injury'],
    ['ar', 'lkelb dyal jar kay3od f bnti daba', 'injury'],
    ['tr', 'kopek cocugu isiriyo merdivende', 'injury'],
    ['en', 'her lips are swelling after she ate peanuts', 'injury'],
    // colloquial Turkish verbs typed short, darija's present marker typed apart
    ['tr', 'mutfakta gaz kokyo cok fena', 'gas'],
    ['ar', 'rajli kay dreb fiya w ana m9fla f toilette', 'domesticViolence'],
  ] as [Language, string, string][])('%s "%s" is a %s', (lng, text, kind) => {
    expect(read(text, lng)?.kind).toBe(kind);
  });

  it.each([
    ['fr', "j'ai vu un couteau de cuisine en promo pour l'atelier"],
    ['fr', 'les enfants du voisin crient et pleurent tous les soirs quand ils jouent'],
    ['fr', 'comment sécuriser la fenêtre de la chambre de mon enfant ?'],
    ['fr', 'ya de lo qui coule tou doucemen sous le lavabo depui 3 semaines'],
    ['en', 'what should we do if we ever smell gas in the building?'],
    ['en', 'my kid likes climbing, can i get locks for the windows'],
    ['ar', 'lwlad dyal jiran kay ghowto w kay l3bo kol lil'],
    ['ar', 'الديتيكتور ديال الدخان كيصفر، خاصو بيل جديدة'],
    ['ar', 'kan dkhan f cuisine ghir mn l7out li 7ra9t, safi t7ell chrjem'],
    ['tr', 'televizyonda yangin haberi izledim cok korktum'],
    ['tr', 'asansor iki gundur bozuk ama kimse kalmadi'],
    ['ar', 'bghit nchri détecteur dyal dkhan l dar'],
    ['fr', 'ce loyer va me tuer'],
    ['ar', 'lkra dyal had chhar ghadi y9telni'],
    ['tr', 'bu kira beni oldurecek'],
    ['ar', 'الدراري كيتضاربو على التلفازة'],
    ['tr', 'cocuklar oyun icin kavga ediyo'],
    ['fr', 'le plafon a une tache d eau depui lhiver'],
  ] as [Language, string][])('%s "%s" is calm', (lng, text) => {
    expect(read(text, lng)).toBeUndefined();
  });

  it('a one-word pattern counts when something is happening', () => {
    expect(read('au secours un couteau !!', 'fr')?.kind).toBe('violence');
  });
});
