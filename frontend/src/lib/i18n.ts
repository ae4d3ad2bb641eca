import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, detectInitialLanguage, type Language } from '@/config/languages';
import en from '@/locales/en.json';
import ja from '@/locales/ja.json';
import ko from '@/locales/ko.json';
import zhHans from '@/locales/zh-Hans.json';

export const resources = {
  en: { translation: en },
  ja: { translation: ja },
  ko: { translation: ko },
  'zh-Hans': { translation: zhHans },
} as const satisfies Record<Language, { translation: object }>;

function syncDocumentLanguage(lng: string) {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lng;
    document.documentElement.dir = 'ltr';
  }
}

/**
 * Creates and initialises an i18next instance. The chosen language lives in memory
 * only (no cookie, no localStorage): it starts from ?lang= or the browser's languages.
 */
export function createI18n(language: Language = detectInitialLanguage()): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', syncDocumentLanguage);
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    load: 'currentOnly',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    returnEmptyString: false,
  });
  syncDocumentLanguage(instance.language ?? language);
  return instance;
}
