import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlProps } from '@/components/ui/field';
import type { Organisation } from '../api/get-organisations';

/** A select of the known organisations, with "none" first. */
export function OrganisationSelect({
  control,
  organisations,
  value,
  onChange,
  name = 'organisation',
  selectRef,
}: {
  control: ControlProps;
  organisations: Organisation[];
  value: string;
  onChange: (value: string) => void;
  name?: string;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  const { t } = useTranslation();
  const known = organisations.some((o) => o.id === value);
  return (
    <select {...control} ref={selectRef} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t('admin.users.noOrganisation')}</option>
      {!known && value ? <option value={value}>{value}</option> : null}
      {organisations.map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {organisation.name} ({organisation.id})
        </option>
      ))}
    </select>
  );
}
