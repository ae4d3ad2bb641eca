import { useTranslation } from 'react-i18next';

/** Countries offered as checkboxes; any other ISO 3166-1 alpha-3 code can be typed. */
export const SUGGESTED_COUNTRIES = ['JPN', 'KOR', 'CHN', 'HKG', 'MAC'] as const;

/** "Japan (JPN)" for the suggested countries, the bare code for any other. */
export function CountryName({ code }: { code: string }) {
  const { t } = useTranslation();
  let name: string | undefined;
  switch (code) {
    case 'JPN':
      name = t('countries.JPN');
      break;
    case 'KOR':
      name = t('countries.KOR');
      break;
    case 'CHN':
      name = t('countries.CHN');
      break;
    case 'HKG':
      name = t('countries.HKG');
      break;
    case 'MAC':
      name = t('countries.MAC');
      break;
  }
  return name ? (
    <>
      {name} <span className="code">({code})</span>
    </>
  ) : (
    <span className="code">{code}</span>
  );
}
