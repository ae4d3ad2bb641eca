import { useTranslation } from 'react-i18next';
import type { FormMessage } from '@/lib/form-messages';

/** Translates a client-side message key, or shows the server's text as it is (always as text). */
export function useFormMessage() {
  const { t } = useTranslation();
  return (message: FormMessage) => ('key' in message ? t(message.key) : message.text);
}
