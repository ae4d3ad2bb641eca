import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormMessage } from '@/components/ui/form-message';
import { Loading } from '@/components/ui/spinner';
import { generalMessage } from '@/lib/form-messages';
import { formatDateTime } from '@/lib/format';
import { useEndSession } from '../api/end-session';
import { useSessions } from '../api/get-sessions';

/** The user's browser sessions: this one is marked, the others can be ended. */
export function SessionsPanel() {
  const { t, i18n } = useTranslation();
  const message = useFormMessage();
  const sessionsQuery = useSessions();
  const endSession = useEndSession();

  let body;
  if (sessionsQuery.isPending) body = <Loading />;
  else if (sessionsQuery.isError) body = <Alert variant="error">{message(generalMessage(sessionsQuery.error))}</Alert>;
  else if (sessionsQuery.data.length === 0) body = <p className="empty">{t('account.sessions.empty')}</p>;
  else
    body = (
      <div className="table-wrapper">
        <table className="data-table">
          <caption>{t('account.sessions.caption', { count: sessionsQuery.data.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('account.sessions.columns.session')}</th>
              <th scope="col">{t('account.sessions.columns.lastRequest')}</th>
              <th scope="col">{t('account.sessions.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sessionsQuery.data.map((session) => (
              <tr key={session.id}>
                <th scope="row">
                  <span className="code">{session.id}</span>
                  {session.current ? <strong className="badge">{t('account.sessions.thisSession')}</strong> : null}
                </th>
                <td>
                  {session.lastRequest ? <time dateTime={session.lastRequest}>{formatDateTime(session.lastRequest, i18n.language)}</time> : null}
                </td>
                <td>
                  {session.current ? null : (
                    <Button variant="secondary" onClick={() => endSession.mutate(session.id)} disabled={endSession.isPending}>
                      {t('account.sessions.end')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );

  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('account.sessions.title')}</h2>
      <p>{t('account.sessions.intro')}</p>
      {endSession.isError ? <Alert variant="error">{message(generalMessage(endSession.error))}</Alert> : null}
      {body}
    </section>
  );
}
