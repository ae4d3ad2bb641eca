export const SUPPORTED_LANGUAGES = ['en', 'ja', 'ko', 'zh-Hans'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * Each language is named in its own language (an endonym), the same in every
 * locale, so that a reader can find theirs whatever the current language is.
 */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  ja: '日本語',
  ko: '한국어',
  'zh-Hans': '简体中文',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** Maps a BCP 47 tag such as "ja-JP", "zh-CN" or "ko" to a supported language, if any. */
export function matchLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  if (lower === '') return undefined;
  if (isLanguage(tag)) return tag;
  const primary = lower.split(/[-_]/)[0];
  switch (primary) {
    case 'en':
      return 'en';
    case 'ja':
      return 'ja';
    case 'ko':
      return 'ko';
    case 'zh':
      return 'zh-Hans';
    default:
      return undefined;
  }
}

/**
 * The starting language: a `?lang=` parameter in the address, else the browser's
 * preferred languages, else English. Nothing is read from or written to browser storage.
 */
export function detectInitialLanguage(
  search: string = typeof window !== 'undefined' ? window.location.search : '',
  preferred: readonly string[] = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : [],
): Language {
  const fromUrl = matchLanguage(new URLSearchParams(search).get('lang'));
  if (fromUrl) return fromUrl;
  for (const tag of preferred) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}
