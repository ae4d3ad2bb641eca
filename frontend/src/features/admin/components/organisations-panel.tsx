import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormMessage } from '@/components/ui/form-message';
import { Loading } from '@/components/ui/spinner';
import { firstInvalid, fromApiError, fromZodError, generalMessage, noFormErrors, type FormErrors } from '@/lib/form-messages';
import { createOrganisationInputSchema, useCreateOrganisation } from '../api/create-organisation';
import { useOrganisations, type Organisation } from '../api/get-organisations';

const FIELDS = ['id', 'name'] as const;
type OrganisationField = (typeof FIELDS)[number];

/** Organisations (coalition members): the list and a form to add one. */
export function OrganisationsPanel() {
  const { t } = useTranslation();
  const message = useFormMessage();
  const organisationsQuery = useOrganisations();
  const mutation = useCreateOrganisation();
  const [values, setValues] = useState({ id: '', name: '' });
  const [errors, setErrors] = useState<FormErrors<OrganisationField>>(noFormErrors());
  const [created, setCreated] = useState<Organisation | null>(null);
  const refs = { id: useRef<HTMLInputElement>(null), name: useRef<HTMLInputElement>(null) };

  const show = (next: FormErrors<OrganisationField>) => {
    setErrors(next);
    const first = firstInvalid(next, FIELDS);
    if (first) refs[first].current?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCreated(null);
    const parsed = createOrganisationInputSchema.safeParse(values);
    if (!parsed.success) {
      show(fromZodError(parsed.error, FIELDS));
      return;
    }
    setErrors(noFormErrors());
    mutation.mutate(parsed.data, {
      onSuccess: (organisation) => {
        setCreated(organisation);
        setValues({ id: '', name: '' });
      },
      onError: (error) => show(fromApiError(error, FIELDS)),
    });
  };

  let list;
  if (organisationsQuery.isPending) list = <Loading />;
  else if (organisationsQuery.isError) list = <Alert variant="error">{message(generalMessage(organisationsQuery.error))}</Alert>;
  else if (organisationsQuery.data.length === 0) list = <p className="empty">{t('admin.organisations.empty')}</p>;
  else
    list = (
      <div className="table-wrapper">
        <table className="data-table">
          <caption>{t('admin.organisations.caption', { count: organisationsQuery.data.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.organisations.fields.name')}</th>
              <th scope="col">{t('admin.organisations.fields.id')}</th>
            </tr>
          </thead>
          <tbody>
            {organisationsQuery.data.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row">{organisation.name}</th>
                <td>
                  <span className="code">{organisation.id}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );

  const hasFieldErrors = FIELDS.some((field) => errors.fields[field]?.length);
  return (
    <section className="card" aria-labelledby="organisations-heading">
      <h2 id="organisations-heading">{t('admin.organisations.title')}</h2>
      <p>{t('admin.organisations.intro')}</p>
      {list}
      <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="create-organisation-heading">
        <h3 id="create-organisation-heading">{t('admin.organisations.create.title')}</h3>
        {created ? <Alert variant="success">{t('admin.organisations.create.success', { name: created.name })}</Alert> : null}
        {hasFieldErrors || errors.general.length > 0 ? (
          <Alert variant="error">
            {hasFieldErrors ? <p>{t('admin.organisations.errors.invalid')}</p> : null}
            {errors.general.map((m, index) => (
              <p key={index}>{message(m)}</p>
            ))}
          </Alert>
        ) : null}
        <Field id="organisation-name" label={t('admin.organisations.fields.name')} error={errors.fields.name?.map(message)}>
          {(control) => (
            <input {...control} ref={refs.name} name="name" type="text" autoComplete="off" maxLength={200} value={values.name} onChange={(event) => setValues((v) => ({ ...v, name: event.target.value }))} />
          )}
        </Field>
        <Field id="organisation-id" label={t('admin.organisations.fields.id')} hint={t('admin.organisations.idHint')} error={errors.fields.id?.map(message)}>
          {(control) => (
            <input
              {...control}
              ref={refs.id}
              name="id"
              type="text"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={40}
              value={values.id}
              onChange={(event) => setValues((v) => ({ ...v, id: event.target.value }))}
            />
          )}
        </Field>
        <div className="form-actions">
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? t('admin.organisations.create.submitting') : t('admin.organisations.create.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
