import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';

type ConfirmButtonProps = {
  /** The button that asks first. */
  children: ReactNode;
  /** The question shown with "Confirm" and "Cancel". */
  question: ReactNode;
  onConfirm: () => void;
  disabled?: boolean;
};

/** A button that asks for confirmation in place before it acts. */
export function ConfirmButton({ children, question, onConfirm, disabled }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button variant="secondary" onClick={() => setAsking(true)} disabled={disabled}>
        {children}
      </Button>
    );
  }
  return (
    <span className="confirm" role="group">
      <span className="confirm-question">{question}</span>{' '}
      <Button
        variant="primary"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('common.confirm')}
      </Button>{' '}
      <Button variant="secondary" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </Button>
    </span>
  );
}
