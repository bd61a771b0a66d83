// i18next setup from locales/, the language of each turn, and a fixed `t` per turn.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n, type Resource, type TFunction } from 'i18next';
import type { Language } from './config.js';
import { SUPPORTED_LANGUAGES } from './config.js';
import { isolateLeftToRight } from './bidi.js';
import { localesDir } from './paths.js';

export type { TFunction };

/** How each language is written in activity.locale and given to recognizers-text. */
const CULTURES: Record<Language, string> = {
  fr: 'fr-FR',
  en: 'en-US',
  ar: 'ar-SA',
  es: 'es-ES',
  pt: 'pt-PT',
  tr: 'tr-TR',
};

export const RTL_LANGUAGES: ReadonlySet<Language> = new Set(['ar']);

export interface Translator {
  readonly i18n: i18n;
  readonly languages: readonly Language[];
  readonly defaultLanguage: Language;
  /** A `t` bound to one language, safe to use while other residents are served in others. */
  fixedT(lng: Language): TFunction;
  /** A list stored in the locale files (commands, synonyms, steps...), empty when absent. */
  list(lng: Language, key: string): string[];
  culture(lng: Language): string;
  /** Maps a channel locale ("ar-MA", "pt_BR", "FR") to an enabled language. */
  fromLocale(locale: string | undefined): Language | undefined;
}

function readResources(dir: string, languages: readonly Language[]): { resources: Resource; namespaces: string[] } {
  const resources: Resource = {};
  const namespaces = new Set<string>();
  for (const lng of languages) {
    resources[lng] = {};
    for (const file of readdirSync(join(dir, lng)).filter((f) => f.endsWith('.json'))) {
      const ns = file.slice(0, -'.json'.length);
      namespaces.add(ns);
      try {
        resources[lng][ns] = JSON.parse(readFileSync(join(dir, lng, file), 'utf8'));
      } catch (error) {
        throw new Error(`i18n: ${join(dir, lng, file)} is not valid JSON: ${(error as Error).message}`);
      }
    }
  }
  return { resources, namespaces: [...namespaces] };
}

/** The pack's own texts (`locales/<lng>/pack-<name>.json`, one object per namespace) win over the shared ones. */
function applyPackTexts(instance: i18n, languages: readonly Language[], pack: string): void {
  for (const lng of languages) {
    const own = instance.getResourceBundle(lng, `pack-${pack}`) as Record<string, object> | undefined;
    for (const [ns, texts] of Object.entries(own ?? {})) instance.addResourceBundle(lng, ns, texts, true, true);
  }
}

/**
 * Builds a dedicated i18next instance (never the global one) with every enabled language loaded.
 * `contentPack` names the pack whose locale file `pack-<name>.json` replaces, key by key, the texts
 * of other namespaces that depend on the country (emergency advice, phone examples...).
 */
export async function createTranslator(options: { languages: readonly Language[]; defaultLanguage: Language; contentPack?: string; dir?: string }): Promise<Translator> {
  const { languages, defaultLanguage } = options;
  const { resources, namespaces } = readResources(options.dir ?? localesDir, languages);
  const instance = i18next.createInstance();
  // Every string of a right-to-left language, after interpolation, gets its Latin fragments
  // (names, addresses, phone and receipt numbers) isolated so they read in the right order.
  instance.use({
    type: 'postProcessor',
    name: 'rtlIsolates',
    process: (value: string, _key: string | string[], options: { lng?: string }) => (RTL_LANGUAGES.has(options.lng as Language) && typeof value === 'string' ? isolateLeftToRight(value) : value),
  });
  await instance.init({
    postProcess: ['rtlIsolates'],
    resources,
    ns: namespaces,
    defaultNS: 'common',
    supportedLngs: [...languages],
    fallbackLng: defaultLanguage,
    interpolation: { escapeValue: false }, // chat is not HTML; HTML pages escape where they render
    returnNull: false,
    initAsync: false,
  });
  if (options.contentPack) applyPackTexts(instance, languages, options.contentPack);
  const fixedTs = new Map<Language, TFunction>();
  return {
    i18n: instance,
    languages,
    defaultLanguage,
    fixedT(lng) {
      let t = fixedTs.get(lng);
      if (!t) fixedTs.set(lng, (t = rememberPlainTexts(instance.getFixedT(lng))));
      return t;
    },
    list(lng, key) {
      const [ns, path] = key.includes(':') ? key.split(':', 2) as [string, string] : ['common', key];
      const value = instance.getResource(lng, ns, path) as unknown;
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    },
    culture: (lng) => CULTURES[lng],
    fromLocale(locale) {
      if (!locale) return undefined;
      const primary = locale.toLowerCase().split(/[-_]/)[0] as Language;
      return SUPPORTED_LANGUAGES.includes(primary) && languages.includes(primary) ? primary : undefined;
    },
  };
}

/**
 * A `t` that translates each plain key (no options) once: the texts never change once loaded, and a
 * turn asks for the same few (a question, "I did not understand") again and again. Keys with options
 * (interpolation, plurals, lists) are translated each time.
 */
function rememberPlainTexts(t: TFunction): TFunction {
  const texts = new Map<string, unknown>();
  const remembering = (key: unknown, ...rest: unknown[]) => {
    if (typeof key !== 'string' || rest.length > 0) return (t as unknown as (...args: unknown[]) => unknown)(key, ...rest);
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = t(key)));
    return text;
  };
  return Object.assign(remembering, t) as unknown as TFunction;
}

/** The name of language `named` as a resident reading `inLng` calls it ("arabe" in French, "الفرنسية" in Arabic). */
export function languageCalled(translator: Translator, named: Language, inLng: Language): string {
  return translator.fixedT(inLng)(`common:language.called.${named}`);
}
