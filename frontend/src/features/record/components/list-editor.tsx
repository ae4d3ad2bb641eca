import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FieldErrors } from '@/components/ui/field';

/** A group of repeated rows (framings, legal bases, links) with "add" and per-row "remove" buttons. */
export function ListEditor<T>({
  id,
  legend,
  hint,
  items,
  onChange,
  newItem,
  addLabel,
  removeLabel,
  renderItem,
  error,
  minItems = 0,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  items: T[];
  onChange: (items: T[]) => void;
  newItem: () => T;
  addLabel: string;
  removeLabel: (index: number) => string;
  renderItem: (item: T, index: number, update: (item: T) => void) => ReactNode;
  error?: string[];
  minItems?: number;
}) {
  const { t } = useTranslation();
  const errorId = error && error.length > 0 ? `${id}-error` : undefined;
  return (
    <fieldset id={id} className={errorId ? 'field field-invalid list-editor' : 'field list-editor'} aria-describedby={[hint ? `${id}-hint` : '', errorId ?? ''].join(' ').trim() || undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {items.length === 0 ? <p className="muted">{t('record.form.noneYet')}</p> : null}
      {items.map((item, index) => (
        <div key={index} className="list-editor-row">
          {renderItem(item, index, (next) => onChange(items.map((current, i) => (i === index ? next : current))))}
          {items.length > minItems ? (
            <Button variant="secondary" onClick={() => onChange(items.filter((_, i) => i !== index))}>
              {removeLabel(index)}
            </Button>
          ) : null}
        </div>
      ))}
      <FieldErrors id={errorId} errors={error ?? []} />
      <div>
        <Button variant="secondary" onClick={() => onChange([...items, newItem()])}>
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}
