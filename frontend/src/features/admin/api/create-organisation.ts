import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { tKey } from '@/lib/i18n-keys';
import { organisationSchema, organisationsQueryKey, type Organisation } from './get-organisations';

/** POST /api/admin/organisations {id, name} → 201 with the organisation; 409 when the id is taken. */
export const ORGANISATION_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;

export const createOrganisationInputSchema = z.object({
  id: z.string().trim().regex(ORGANISATION_ID_PATTERN, tKey('admin.organisations.errors.id')),
  name: z.string().trim().min(1, tKey('admin.organisations.errors.nameRequired')).max(200, tKey('admin.organisations.errors.nameTooLong')),
});

export type CreateOrganisationBody = z.output<typeof createOrganisationInputSchema>;

export function createOrganisation(body: CreateOrganisationBody): Promise<Organisation> {
  return apiClient.post('/api/admin/organisations', { json: body, schema: organisationSchema });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationsQueryKey }),
  });
}
