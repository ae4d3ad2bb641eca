import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';

/** Copies a value to the clipboard and says so; the value is never written anywhere else. */
export function CopyButton({ value, label }: { value: string; label?: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <Button variant="secondary" onClick={() => void copy()}>
        {label ?? t('common.copy')}
      </Button>
      <span role="status" className="copy-status">
        {state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : null}
      </span>
    </>
  );
}
