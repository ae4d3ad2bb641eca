import type { z } from 'zod';
import { isApiError } from './api-client';

/** A message either to translate (a key chosen by a client-side check) or shown as the server wrote it. */
export type FormMessage = { key: string } | { text: string };

export type FormErrors<F extends string> = {
  fields: Partial<Record<F, FormMessage[]>>;
  /** Messages that belong to no field of the form (or to a field it does not show). */
  general: FormMessage[];
};

export const noFormErrors = <F extends string>(): FormErrors<F> => ({ fields: {}, general: [] });

function baseField<F extends string>(name: string, fields: readonly F[]): F | undefined {
  const base = name.split(/[.[]/)[0];
  return (fields as readonly string[]).includes(base) ? (base as F) : undefined;
}

function add<F extends string>(errors: FormErrors<F>, field: F | undefined, message: FormMessage) {
  const list = field ? (errors.fields[field] ??= []) : errors.general;
  list.push(message);
}

/** The issues of a failed zod check, by form field. */
export function fromZodError<F extends string>(error: z.ZodError, fields: readonly F[]): FormErrors<F> {
  const errors = noFormErrors<F>();
  for (const issue of error.issues) {
    const field = baseField(String(issue.path[0] ?? ''), fields);
    if (field && errors.fields[field]?.length) continue;
    add(errors, field, { key: issue.message });
  }
  return errors;
}

/** The field errors of a 400 problem answer, by form field; anything else becomes one general message. */
export function fromApiError<F extends string>(error: unknown, fields: readonly F[]): FormErrors<F> {
  const errors = noFormErrors<F>();
  if (isApiError(error) && error.status === 400 && error.errors.length > 0) {
    for (const fieldError of error.errors) {
      const field = baseField(fieldError.field, fields);
      add(errors, field, { text: field || !fieldError.field ? fieldError.message : `${fieldError.field}: ${fieldError.message}` });
    }
    return errors;
  }
  errors.general.push(generalMessage(error));
  return errors;
}

/** The translation key (or server text) that best describes a failed request. */
export function generalMessage(error: unknown): FormMessage {
  if (isApiError(error)) {
    if (error.isNetworkError) return { key: 'errors.network' };
    if (error.status === 403) return { key: 'errors.forbidden' };
    if (error.status === 409) return { text: error.detail ?? error.title };
    if (error.status === 400 && error.detail) return { text: error.detail };
  }
  return { key: 'errors.generic' };
}

/** The first field (in form order) that has an error. */
export function firstInvalid<F extends string>(errors: FormErrors<F>, fields: readonly F[]): F | undefined {
  return fields.find((field) => errors.fields[field]?.length);
}
