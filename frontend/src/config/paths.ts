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
  timeline: '/timeline',
  analytics: '/analytics',
  campaign: (id: string) => `/campaigns/${encodeURIComponent(id)}`,
  campaignTimeline: (id: string) => `/campaigns/${encodeURIComponent(id)}/timeline`,
  /** A record's page: kind is the API's collection (actions, reforms, outcomes, contributions). */
  record: (kind: string, id: string) => `/${kind}/${encodeURIComponent(id)}`,
} as const;
