import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { splitFieldErrors } from '@/lib/form-errors';

export type FormErrors = Record<string, string[]>;

/**
 * Error state shared by the record forms: messages per field path (client checks and the server's
 * `errors`), and one message for the whole form. A 409 on a correction is reported to `onConflict`.
 */
export function useRecordForm({ isFormField, onConflict }: { isFormField: (path: string) => boolean; onConflict?: () => void }) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<ReactNode>(null);

  const clear = () => {
    setErrors({});
    setFormError(null);
  };

  /** Sets client-side errors; true when there are none. */
  const check = (found: FormErrors): boolean => {
    const hasErrors = Object.keys(found).length > 0;
    setErrors(found);
    setFormError(hasErrors ? t('record.form.invalid') : null);
    return !hasErrors;
  };

  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 409 && onConflict) {
      setErrors({});
      setFormError(null);
      onConflict();
      return;
    }
    if (isApiError(error) && error.status === 400 && error.errors.length > 0) {
      const { fields, other } = splitFieldErrors(error, isFormField);
      setErrors(fields);
      setFormError(
        <>
          <p>{t('record.form.rejected')}</p>
          {other.length > 0 ? (
            <ul>
              {other.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
        </>,
      );
      return;
    }
    setErrors({});
    if (isApiError(error) && error.status === 403) setFormError(t('errors.forbidden'));
    else if (isApiError(error) && error.status === 409) setFormError(t('record.form.conflict'));
    else if (isApiError(error) && error.isNetworkError) setFormError(t('errors.network'));
    else if (isApiError(error) && error.detail) setFormError(t('errors.genericWithDetail', { detail: error.detail }));
    else setFormError(t('errors.generic'));
  };

  /** Messages for one path, or for any of several (e.g. a group and its members). */
  const errorsFor = (...paths: string[]): string[] | undefined => {
    const found = paths.flatMap((path) => errors[path] ?? []);
    return found.length > 0 ? found : undefined;
  };

  return { errors, formError, clear, check, onError, errorsFor };
}

/** Adds a message to a field path of an error map. */
export function addError(errors: FormErrors, path: string, message: string) {
  (errors[path] ??= []).push(message);
}

/** True for an absolute http or https URL. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
