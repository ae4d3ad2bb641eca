/** Client-side routes, in one place so links and redirects agree. */
export const paths = {
  home: '/',
  login: '/login',
  campaigns: '/campaigns',
  statistics: '/statistics',
  admin: '/admin',
  adminAudit: '/admin/audit',
  account: '/account',
  accountPassword: '/account/password',
} as const;
