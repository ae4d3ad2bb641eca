import type { ReactNode } from 'react';

type AlertProps = {
  variant?: 'error' | 'success' | 'info';
  title?: ReactNode;
  children?: ReactNode;
};

/** A message box. Errors are announced at once (role=alert), the rest politely (role=status). */
export function Alert({ variant = 'info', title, children }: AlertProps) {
  return (
    <div className={`alert alert-${variant}`} role={variant === 'error' ? 'alert' : 'status'}>
      {title ? <p className="alert-title">{title}</p> : null}
      {children}
    </div>
  );
}
