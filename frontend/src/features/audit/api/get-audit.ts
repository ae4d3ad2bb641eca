import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

/**
 * GET /api/admin/audit?from=YYYY-MM-DD&to=YYYY-MM-DD&user=&kind= → the security log and the recorded events
 * in that period, as JSON, or as CSV with Accept: text/csv (see {@link downloadAuditCsv}). Administrators only.
 */
export const auditEntrySchema = z.object({
  at: z.string(),
  kind: z.string(),
  username: z.string().nullable().optional(),
  address: z.string().nullable().optional(),
  detail: z.string().nullable().optional(),
  source: z.string().nullable().optional(),
  recordType: z.string().nullable().optional(),
  recordId: z.string().nullable().optional(),
});

export type AuditEntry = z.infer<typeof auditEntrySchema>;

export type AuditFilters = { from: string; to: string; user: string; kind: string };

/** The query parameters of a filter; empty fields are left out. */
export function auditQuery(filters: AuditFilters): Record<string, string | undefined> {
  const value = (text: string) => (text.trim() ? text.trim() : undefined);
  return { from: value(filters.from), to: value(filters.to), user: value(filters.user), kind: value(filters.kind) };
}

export const auditQueryKey = (filters: AuditFilters) => ['admin', 'audit', auditQuery(filters)] as const;

export function getAudit(filters: AuditFilters, { signal }: { signal?: AbortSignal } = {}): Promise<AuditEntry[]> {
  return apiClient.get('/api/admin/audit', { query: auditQuery(filters), schema: z.array(auditEntrySchema), signal });
}

export function auditQueryOptions(filters: AuditFilters) {
  return queryOptions({
    queryKey: auditQueryKey(filters),
    queryFn: ({ signal }) => getAudit(filters, { signal }),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

export function useAudit(filters: AuditFilters | null) {
  return useQuery({ ...auditQueryOptions(filters ?? { from: '', to: '', user: '', kind: '' }), enabled: filters !== null });
}

/**
 * The same query as CSV. A plain link cannot ask for text/csv, so the file is fetched (with the session and the
 * usual error handling) and handed to the browser as a download.
 */
export async function downloadAuditCsv(filters: AuditFilters): Promise<void> {
  const csv = await apiClient.get('/api/admin/audit', {
    query: auditQuery(filters),
    headers: { Accept: 'text/csv, application/problem+json' },
  });
  const blob = new Blob([typeof csv === 'string' ? csv : ''], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `audit-${filters.from || 'start'}-${filters.to || 'today'}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
