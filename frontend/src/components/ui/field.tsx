import type { ReactNode } from 'react';

export type ControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
};

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** One or more messages; shown under the control and announced with it. */
  error?: ReactNode | ReactNode[];
  required?: boolean;
  requiredLabel?: string;
  children: (control: ControlProps) => ReactNode;
};

export function errorList(error: FieldProps['error']): ReactNode[] {
  if (error === undefined || error === null || error === false || error === '') return [];
  return Array.isArray(error) ? error.filter((e) => e !== undefined && e !== null && e !== '') : [error];
}

/** A label, an optional hint, the control (rendered by the caller) and its error messages. */
export function Field({ id, label, hint, error, required, requiredLabel, children }: FieldProps) {
  const errors = errorList(error);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={errors.length > 0 ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && requiredLabel ? <span className="field-required"> ({requiredLabel})</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': errors.length > 0 ? true : undefined })}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id: string | undefined; errors: ReactNode[] }) {
  if (!id || errors.length === 0) return null;
  return (
    <div id={id} className="field-error">
      {errors.map((message, index) => (
        <p key={index}>{message}</p>
      ))}
    </div>
  );
}

type FieldsetProps = {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: ReactNode | ReactNode[];
  children: ReactNode;
};

/** A group of controls (e.g. checkboxes) with a legend and shared error messages. */
export function Fieldset({ id, legend, hint, error, children }: FieldsetProps) {
  const errors = errorList(error);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={id} className={errors.length > 0 ? 'field field-invalid' : 'field'} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}
