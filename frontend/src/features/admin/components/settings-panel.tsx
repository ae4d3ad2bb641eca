import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { useFormMessage } from '@/components/ui/form-message';
import { Loading } from '@/components/ui/spinner';
import { generalMessage } from '@/lib/form-messages';
import { useSettings } from '../api/get-settings';
import { useUpdateSettings } from '../api/update-settings';

/** Security settings: the HTTP Basic switch, with what it means. */
export function SettingsPanel() {
  const { t } = useTranslation();
  const message = useFormMessage();
  const settingsQuery = useSettings();
  const mutation = useUpdateSettings();

  let body;
  if (settingsQuery.isPending) body = <Loading />;
  else if (settingsQuery.isError) body = <Alert variant="error">{message(generalMessage(settingsQuery.error))}</Alert>;
  else
    body = (
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            role="switch"
            name="basicAuthEnabled"
            aria-describedby="basic-auth-explanation"
            checked={settingsQuery.data.basicAuthEnabled}
            disabled={mutation.isPending}
            onChange={(event) => mutation.mutate({ basicAuthEnabled: event.target.checked })}
          />
          {t('admin.settings.basicAuth')}
        </label>
        <p className="field-hint" id="basic-auth-explanation">
          {t('admin.settings.basicAuthExplanation')}
        </p>
        <p role="status">{settingsQuery.data.basicAuthEnabled ? t('admin.settings.basicAuthOn') : t('admin.settings.basicAuthOff')}</p>
      </div>
    );

  return (
    <section className="card" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('admin.settings.title')}</h2>
      {mutation.isError ? <Alert variant="error">{message(generalMessage(mutation.error))}</Alert> : null}
      {body}
    </section>
  );
}
