import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './field';

type Common = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode[];
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
};

/** A labelled one-line text input (optionally with suggestions from a datalist). */
export function TextField({
  suggestions,
  inputRef,
  type = 'text',
  ...props
}: Common & { suggestions?: readonly string[]; inputRef?: Ref<HTMLInputElement>; type?: 'text' | 'url' | 'number' }) {
  const { t } = useTranslation();
  const listId = suggestions && suggestions.length > 0 ? `${props.id}-suggestions` : undefined;
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error} required={props.required} requiredLabel={t('common.required')}>
      {(control) => (
        <>
          <input
            {...control}
            ref={inputRef}
            type={type}
            autoComplete="off"
            list={listId}
            required={props.required}
            value={props.value}
            onChange={(event) => props.onChange(event.target.value)}
          />
          {listId ? (
            <datalist id={listId}>
              {suggestions!.map((suggestion) => (
                <option key={suggestion} value={suggestion} />
              ))}
            </datalist>
          ) : null}
        </>
      )}
    </Field>
  );
}

/** A labelled multi-line text input. */
export function TextAreaField({ rows = 3, ...props }: Common & { rows?: number }) {
  const { t } = useTranslation();
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error} required={props.required} requiredLabel={t('common.required')}>
      {(control) => (
        <textarea {...control} rows={rows} required={props.required} value={props.value} onChange={(event) => props.onChange(event.target.value)} />
      )}
    </Field>
  );
}

/** A labelled select; `placeholder` adds an empty first option. */
export function SelectField({
  options,
  placeholder,
  ...props
}: Common & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  const { t } = useTranslation();
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error} required={props.required} requiredLabel={t('common.required')}>
      {(control) => (
        <select {...control} required={props.required} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
