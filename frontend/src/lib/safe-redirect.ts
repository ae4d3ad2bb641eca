/** Keeps a post-login redirect inside this application (a path, never another origin). */
export function safeRedirectPath(candidate: string | null | undefined, fallback: string): string {
  if (!candidate) return fallback;
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return fallback;
  if (candidate.startsWith('/login')) return fallback;
  return candidate;
}
