export const ROLES = ['ADMIN', 'COORDINATOR', 'PARTNER', 'EVALUATOR'] as const;
export type Role = (typeof ROLES)[number];

type WithRoles = { roles: readonly string[] } | null | undefined;

export function hasAnyRole(user: WithRoles, allowed: readonly Role[]): boolean {
  if (!user) return false;
  return user.roles.some((role) => (allowed as readonly string[]).includes(role));
}

/** What each role may do in the UI. The backend enforces the same rules; this only hides controls. */
export const policies = {
  launchCampaign: (user: WithRoles) => hasAnyRole(user, ['ADMIN', 'COORDINATOR']),
  importStatistics: (user: WithRoles) => hasAnyRole(user, ['ADMIN', 'COORDINATOR']),
  administer: (user: WithRoles) => hasAnyRole(user, ['ADMIN']),
  /** The server also checks that a coordinator belongs to the campaign's coordinating organisation. */
  manageCampaignMembership: (user: WithRoles) => hasAnyRole(user, ['ADMIN', 'COORDINATOR']),
  /** Log actions, record reforms, outcomes and claims, correct and retract them. */
  recordAdvocacy: (user: WithRoles) => hasAnyRole(user, ['ADMIN', 'COORDINATOR']),
  /** Substantiate or dispute contribution claims (evaluators never edit the record itself). */
  substantiateClaims: (user: WithRoles) => hasAnyRole(user, ['ADMIN', 'EVALUATOR']),
} as const;
