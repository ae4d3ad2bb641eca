import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetCsrfTokenForTests } from '@/lib/api-client';

function clearCookies() {
  if (typeof document === 'undefined') return; // tests in the node environment
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

beforeEach(() => {
  clearCookies();
  resetCsrfTokenForTests();
});

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
