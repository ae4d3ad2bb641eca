/** Client-side routes, in one place so links and redirects agree. */
export const paths = {
  home: '/',
  login: '/login',
  campaigns: '/campaigns',
  statistics: '/statistics',
} as const;
