import { isApiError } from './api-client';

/**
 * Server field errors keyed by the field path as the API names it ("framings[1].avenue"). "framings.1.avenue"
 * is read as "framings[1].avenue".
 */
export type ServerFieldErrors = Record<string, string[]>;

export function normalizeFieldPath(path: string): string {
  return path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

/** Splits an error's field errors into those the form shows next to a field and the rest. */
export function splitFieldErrors(error: unknown, isFormField: (path: string) => boolean): { fields: ServerFieldErrors; other: string[] } {
  const fields: ServerFieldErrors = {};
  const other: string[] = [];
  if (!isApiError(error)) return { fields, other };
  for (const { field, message } of error.errors) {
    const path = normalizeFieldPath(field);
    if (path && isFormField(path)) (fields[path] ??= []).push(message);
    else other.push(path ? `${path}: ${message}` : message);
  }
  return { fields, other };
}

/** A predicate over field paths from patterns such as "framings[].avenue" ("[]" stands for any index). */
export function fieldMatcher(patterns: readonly string[]): (path: string) => boolean {
  const expressions = patterns.map(
    (pattern) => new RegExp(`^${pattern.replace(/[.*+?^${}()|\\]/g, '\\$&').replace(/\[\]/g, '\\[\\d+\\]')}$`),
  );
  return (path) => expressions.some((expression) => expression.test(path));
}
