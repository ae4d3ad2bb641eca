import { QueryClient } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { AppProvider } from '@/app/provider';
import type { Language } from '@/config/languages';
import { createI18n } from '@/lib/i18n';

export function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity }, mutations: { retry: false } },
  });
}

type Options = Omit<RenderOptions, 'wrapper'> & {
  route?: string;
  language?: Language;
  queryClient?: QueryClient;
};

/** Renders a component with the app's providers (TanStack Query, i18n in English by default, a memory router). */
export function renderWithProviders(ui: ReactElement, { route = '/', language = 'en', queryClient = createTestQueryClient(), ...options }: Options = {}) {
  const i18n = createI18n(language);
  const result = render(
    <AppProvider queryClient={queryClient} i18n={i18n}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </AppProvider>,
    options,
  );
  return { ...result, queryClient, i18n };
}
