import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { Outlet, useLocation, useOutletContext } from 'react-router-dom';
import { paths } from '@/config/paths';
import { meQueryKey, type User } from '@/features/auth/api/get-me';
import { onPasswordChangeRequired, onUnauthorized } from '@/lib/api-client';

type RootContext = { sessionExpired: boolean };

/** True after an API call answered 401 while signed in, until the login page is shown. */
export function useSessionExpired(): boolean {
  return useOutletContext<RootContext | undefined>()?.sessionExpired ?? false;
}

/**
 * Wraps every page. When any API call answers 401 (the session ended), the user is
 * forgotten; the signed-in layout then sends them to the login page, saying why. When a call answers
 * 403 PASSWORD_CHANGE_REQUIRED, the user is marked as having to change the password.
 */
export function RootLayout() {
  const queryClient = useQueryClient();
  const location = useLocation();
  const [sessionExpired, setSessionExpired] = useState(false);

  useEffect(
    () =>
      onUnauthorized(() => {
        // The flag must be in place before the layout sees the user disappear.
        flushSync(() => setSessionExpired(true));
        queryClient.setQueryData(meQueryKey, null);
      }),
    [queryClient],
  );

  // Any call refused because the password must be changed first: the signed-in layout then shows only that.
  useEffect(
    () =>
      onPasswordChangeRequired(() => {
        queryClient.setQueryData<User | null>(meQueryKey, (current) => (current ? { ...current, mustChangePassword: true } : current));
      }),
    [queryClient],
  );

  useEffect(() => {
    if (location.pathname === paths.login) setSessionExpired(false);
  }, [location.pathname]);

  return <Outlet context={{ sessionExpired } satisfies RootContext} />;
}
