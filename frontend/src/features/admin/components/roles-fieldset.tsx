import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleName } from '@/components/role-name';
import { Fieldset } from '@/components/ui/field';
import { ROLES, type Role } from '@/lib/authorization';

/** Checkboxes for the four roles. */
export function RolesFieldset({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: ReactNode[];
}) {
  const { t } = useTranslation();
  return (
    <Fieldset id={id} legend={t('admin.users.fields.roles')} hint={t('admin.users.rolesHint')} error={error}>
      <div className="checkbox-group">
        {ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input
              type="checkbox"
              name="roles"
              value={role}
              checked={value.includes(role)}
              onChange={(event) => onChange(event.target.checked ? [...value, role] : value.filter((r) => r !== role))}
            />
            <RoleName role={role} />
          </label>
        ))}
      </div>
    </Fieldset>
  );
}
