import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { getStoredLanguage, setStoredLanguage } from '../lib/storage';
import en from './en.json';
import nl from './nl.json';

export const LANGUAGES = ['nl', 'en'] as const;
export type TLanguage = (typeof LANGUAGES)[number];

const isLanguage = (v: string | null): v is TLanguage =>
  v !== null && (LANGUAGES as readonly string[]).includes(v);

// `en` must have every key `nl` has: the assignment fails to type-check otherwise.
const english: typeof nl = en;

const stored = getStoredLanguage();
const initial: TLanguage = isLanguage(stored) ? stored : 'nl';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: english } },
  lng: initial,
  fallbackLng: 'nl',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

document.documentElement.lang = initial;

export const currentLanguage = (): TLanguage => (isLanguage(i18n.language) ? i18n.language : 'nl');

export const changeLanguage = async (language: TLanguage): Promise<void> => {
  setStoredLanguage(language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
};

/** BCP 47 locale for Intl formatting. */
export const locale = (): string => (currentLanguage() === 'en' ? 'en-GB' : 'nl-NL');

/** Registers a module's catalogues as the i18next namespace `namespace` (modules/index.ts). */
export const registerCatalogue = (
  namespace: string,
  messages: { nl: Record<string, unknown>; en: Record<string, unknown> },
): void => {
  i18n.addResourceBundle('nl', namespace, messages.nl, true, true);
  i18n.addResourceBundle('en', namespace, messages.en, true, true);
};

/** A module's text for a key only known at run time (a nav label): `nav.<key>` in its namespace. */
export const moduleText = (namespace: string, key: string): string =>
  i18n.getFixedT(null, namespace as 'translation')(key as never);
