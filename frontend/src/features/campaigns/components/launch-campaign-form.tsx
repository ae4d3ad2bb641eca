import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Fieldset } from '@/components/ui/field';
import { isApiError } from '@/lib/api-client';
import type { Campaign } from '../api/get-campaigns';
import { launchCampaignInputSchema, useLaunchCampaign } from '../api/launch-campaign';
import { CountryName, SUGGESTED_COUNTRIES } from './country-name';

export type LaunchField = 'name' | 'countries' | 'issues' | 'goal';
const FIELDS: readonly LaunchField[] = ['name', 'countries', 'issues', 'goal'];

/** A message either to translate (client-side check) or shown as the server wrote it. */
type Message = { key: string } | { text: string };
type FieldErrors = Partial<Record<LaunchField, Message[]>>;

/** "countries[0]" or "countries.0" → "countries"; a field the form does not have → undefined. */
export function toFormField(serverField: string): LaunchField | undefined {
  const base = serverField.split(/[.[]/)[0];
  return (FIELDS as readonly string[]).includes(base) ? (base as LaunchField) : undefined;
}

/** Splits "jpn, kor  TWN" into ["JPN", "KOR", "TWN"]. */
export function parseCountryCodes(text: string): string[] {
  return text
    .split(/[\s,;、，]+/)
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== '');
}

/** One issue per line; when the text is a single line, commas separate issues. */
export function parseIssues(text: string): string[] {
  const parts = /\r?\n/.test(text) ? text.split(/\r?\n/) : text.split(/[,，、]/);
  return parts.map((issue) => issue.trim()).filter((issue) => issue !== '');
}

function addMessage(errors: FieldErrors, field: LaunchField, message: Message) {
  const list = (errors[field] ??= []);
  const same = list.some((m) => ('key' in m && 'key' in message && m.key === message.key) || ('text' in m && 'text' in message && m.text === message.text));
  if (!same) list.push(message);
}

export function LaunchCampaignForm({ onLaunched }: { onLaunched?: (campaign: Campaign) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [checkedCountries, setCheckedCountries] = useState<string[]>([]);
  const [otherCountries, setOtherCountries] = useState('');
  const [issues, setIssues] = useState('');
  const [goal, setGoal] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ReactNode>(null);
  const [launched, setLaunched] = useState<Campaign | null>(null);

  const refs = {
    name: useRef<HTMLInputElement>(null),
    countries: useRef<HTMLInputElement>(null),
    issues: useRef<HTMLTextAreaElement>(null),
    goal: useRef<HTMLTextAreaElement>(null),
  };

  const focusFirstInvalid = (errors: FieldErrors) => {
    const first = FIELDS.find((field) => errors[field]?.length);
    if (first) refs[first].current?.focus();
  };

  const mutation = useLaunchCampaign({
    onSuccess: (campaign) => {
      setLaunched(campaign);
      setName('');
      setCheckedCountries([]);
      setOtherCountries('');
      setIssues('');
      setGoal('');
      setFieldErrors({});
      setFormError(null);
      onLaunched?.(campaign);
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setLaunched(null);
    setFormError(null);
    const countries = [...new Set([...SUGGESTED_COUNTRIES.filter((c) => checkedCountries.includes(c)), ...parseCountryCodes(otherCountries)])];
    const parsed = launchCampaignInputSchema.safeParse({
      name,
      countries,
      issues: parseIssues(issues),
      goal,
    });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = toFormField(String(issue.path[0] ?? ''));
        if (field) addMessage(errors, field, { key: issue.message });
      }
      setFieldErrors(errors);
      setFormError(t('campaigns.launch.errors.invalid'));
      focusFirstInvalid(errors);
      return;
    }
    setFieldErrors({});
    mutation.mutate(parsed.data, {
      onError: (error) => {
        if (isApiError(error) && error.status === 400 && error.errors.length > 0) {
          const errors: FieldErrors = {};
          const unplaced: string[] = [];
          for (const fieldError of error.errors) {
            const field = toFormField(fieldError.field);
            if (field) addMessage(errors, field, { text: fieldError.message });
            else unplaced.push(fieldError.field ? `${fieldError.field}: ${fieldError.message}` : fieldError.message);
          }
          setFieldErrors(errors);
          setFormError(
            <>
              <p>{t('campaigns.launch.errors.invalid')}</p>
              {unplaced.length > 0 ? (
                <ul>
                  {unplaced.map((message) => (
                    <li key={message}>{message}</li>
                  ))}
                </ul>
              ) : null}
            </>,
          );
          focusFirstInvalid(errors);
        } else if (isApiError(error) && error.status === 403) {
          setFormError(t('errors.forbidden'));
        } else if (isApiError(error) && error.isNetworkError) {
          setFormError(t('errors.network'));
        } else if (isApiError(error) && error.detail) {
          setFormError(t('errors.genericWithDetail', { detail: error.detail }));
        } else {
          setFormError(t('errors.generic'));
        }
      },
    });
  };

  const messages = (field: LaunchField) => fieldErrors[field]?.map((m) => ('key' in m ? t(m.key) : m.text));

  const toggleCountry = (code: string, checked: boolean) =>
    setCheckedCountries((current) => (checked ? [...current, code] : current.filter((c) => c !== code)));

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="launch-campaign-heading">
      <h2 id="launch-campaign-heading">{t('campaigns.launch.title')}</h2>
      <p className="form-intro">{t('campaigns.launch.intro')}</p>
      {launched ? <Alert variant="success">{t('campaigns.launch.success', { name: launched.name })}</Alert> : null}
      {formError ? <Alert variant="error">{formError}</Alert> : null}

      <Field id="campaign-name" label={t('campaigns.launch.name')} error={messages('name')} required requiredLabel={t('common.required')}>
        {(control) => (
          <input
            {...control}
            ref={refs.name}
            name="name"
            type="text"
            autoComplete="off"
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>

      <Fieldset id="campaign-countries" legend={t('campaigns.launch.countries')} hint={t('campaigns.launch.countriesHint')} error={messages('countries')}>
        <div className="checkbox-group">
          {SUGGESTED_COUNTRIES.map((code) => (
            <label key={code} className="checkbox">
              <input
                type="checkbox"
                name="countries"
                value={code}
                checked={checkedCountries.includes(code)}
                onChange={(event) => toggleCountry(code, event.target.checked)}
              />
              <CountryName code={code} />
            </label>
          ))}
        </div>
        <Field id="campaign-other-countries" label={t('campaigns.launch.otherCountries')} hint={t('campaigns.launch.otherCountriesHint')}>
          {(control) => (
            <input
              {...control}
              aria-describedby={[control['aria-describedby'], fieldErrors.countries?.length ? 'campaign-countries-error' : undefined]
                .filter(Boolean)
                .join(' ')}
              aria-invalid={fieldErrors.countries?.length ? true : undefined}
              ref={refs.countries}
              name="otherCountries"
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              value={otherCountries}
              onChange={(event) => setOtherCountries(event.target.value)}
            />
          )}
        </Field>
      </Fieldset>

      <Field id="campaign-issues" label={t('campaigns.launch.issues')} hint={t('campaigns.launch.issuesHint')} error={messages('issues')}>
        {(control) => (
          <textarea {...control} ref={refs.issues} name="issues" rows={3} value={issues} onChange={(event) => setIssues(event.target.value)} />
        )}
      </Field>

      <Field id="campaign-goal" label={t('campaigns.launch.goal')} hint={t('campaigns.launch.goalHint')} error={messages('goal')}>
        {(control) => <textarea {...control} ref={refs.goal} name="goal" rows={2} value={goal} onChange={(event) => setGoal(event.target.value)} />}
      </Field>

      <div className="form-actions">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('campaigns.launch.submitting') : t('campaigns.launch.submit')}
        </Button>
      </div>
    </form>
  );
}
