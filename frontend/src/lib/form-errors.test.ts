import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { fieldMatcher, normalizeFieldPath, splitFieldErrors } from './form-errors';

describe('server field errors', () => {
  it('normalise dotted indices and match patterns with any index', () => {
    expect(normalizeFieldPath('framings.1.avenue')).toBe('framings[1].avenue');
    expect(normalizeFieldPath('framings[1].avenue')).toBe('framings[1].avenue');
    const matches = fieldMatcher(['framings[].avenue', 'target.name']);
    expect(matches('framings[12].avenue')).toBe(true);
    expect(matches('framings.avenue')).toBe(false);
    expect(matches('target.name')).toBe(true);
    expect(matches('target')).toBe(false);
  });

  it('are split into those placed next to a field and the rest', () => {
    const error = new ApiError({
      status: 400,
      title: 'Bad Request',
      errors: [
        { field: 'framings[1].avenue', message: 'only for HUMANITARIAN_PROTECTION' },
        { field: 'If-Match', message: 'is not a version' },
      ],
    });
    expect(splitFieldErrors(error, fieldMatcher(['framings[].avenue']))).toEqual({
      fields: { 'framings[1].avenue': ['only for HUMANITARIAN_PROTECTION'] },
      other: ['If-Match: is not a version'],
    });
  });
});
