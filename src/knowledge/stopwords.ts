// Words that say nothing about which procedure a question is about, per language (already folded).
import type { Language } from '../config.js';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export const STOP_WORDS: Record<Language, Set<string>> = {
  fr: words(`a au aux avec ce ces c ca cela comment dans de des du elle en est et etre il ils j je la le les leur lui ma mais me mes moi mon ne nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vous votre vos y d l m n s t est quoi quand quel quelle faire fait faut peux peut veux voudrais bonjour merci svp stp aussi tres plus bien alors donc car si g jai ya cest`),
  en: words(`a an and are as at be but by can could do does for from have how i if in is it its me my of on or our so that the their them there they this to was we what when where which who why will with would you your am im hi hello please thanks need want get`),
  ar: words(`في من على الى عن مع هل ما ماذا كيف متى اين لماذا انا انت هو هي نحن هم هذا هذه ذلك التي الذي او و ثم لا لم لن قد كان يكون عندي لدي اريد ممكن من فضلك شكرا السلام عليكم مرحبا بغيت واش كيفاش شنو علاش فين`),
  es: words(`a al como con de del el en es esta este la las lo los me mi mis no o para pero por que se si su sus te tengo un una uno y yo usted quiero puedo hola gracias cuando donde cual`),
  pt: words(`a ao as com como da das de do dos e em eu isso meu minha na nao no nos o os ou para por que se sua seu tem um uma voce quero posso ola obrigado quando onde qual e`),
  tr: words(`bir bu da de den ve ile icin mi mu ne nasil neden ben sen biz siz o ama gibi var yok olan olarak benim bana beni lutfen merhaba tesekkurler istiyorum ki ya`),
};
