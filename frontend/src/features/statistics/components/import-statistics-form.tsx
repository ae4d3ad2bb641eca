import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { isApiError } from '@/lib/api-client';
import { useImportProgress } from '../api/get-import-progress';
import { useImportStatistics, type ImportSummary } from '../api/import-statistics';

function newProgressId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `upload-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Upload of a UNHCR file. The bar shows the upload (browser upload events), then the server's progress
 * through the rows (polled), then the summary.
 */
export function ImportStatisticsForm() {
  const { t } = useTranslation();
  const fileRef = useRef<HTMLInputElement>(null);
  const [source, setSource] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [progressId, setProgressId] = useState<string | undefined>();
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mutation = useImportStatistics();
  const progress = useImportProgress(progressId, mutation.isPending && uploaded === 100);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    setSummary(null);
    setError(null);
    if (!file) {
      setFileError(t('statistics.import.errors.noFile'));
      fileRef.current?.focus();
      return;
    }
    setFileError(null);
    const id = newProgressId();
    setProgressId(id);
    setUploaded(0);
    mutation.mutate(
      { file, source, progressId: id, onUploadProgress: ({ loaded, total }) => setUploaded(total > 0 ? Math.round((loaded / total) * 100) : 0) },
      {
        onSuccess: (result) => {
          setSummary(result);
          setUploaded(null);
        },
        onError: (failure) => {
          setUploaded(null);
          if (isApiError(failure) && failure.status === 400) {
            setError(failure.errors.map((e) => e.message).join(' ') || failure.detail || t('errors.generic'));
          } else if (isApiError(failure) && failure.status === 413) {
            setError(t('statistics.import.errors.tooLarge'));
          } else if (isApiError(failure) && failure.status === 403) {
            setError(t('errors.forbidden'));
          } else if (isApiError(failure) && failure.isNetworkError) {
            setError(t('errors.network'));
          } else {
            setError(t('errors.generic'));
          }
        },
      },
    );
  };

  const server = progress.data;
  let bar: { value: number | undefined; label: string } | null = null;
  if (mutation.isPending) {
    if (uploaded !== null && uploaded < 100) {
      bar = { value: uploaded, label: t('statistics.import.uploading', { percent: uploaded }) };
    } else if (server && server.phase === 'IMPORTING' && server.rowsTotal > 0) {
      bar = {
        value: Math.round((server.rowsDone / server.rowsTotal) * 100),
        label: t('statistics.import.importing', { done: server.rowsDone, total: server.rowsTotal }),
      };
    } else {
      bar = { value: undefined, label: t('statistics.import.reading', { rows: server?.rowsRead ?? 0 }) };
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="import-statistics-heading">
      <h2 id="import-statistics-heading">{t('statistics.import.title')}</h2>
      <p className="form-intro">{t('statistics.import.intro')}</p>
      <Field id="statistics-file" label={t('statistics.import.file')} hint={t('statistics.import.fileHint')} error={fileError ?? undefined}>
        {(control) => <input {...control} ref={fileRef} name="file" type="file" accept=".csv,text/csv" />}
      </Field>
      <Field id="statistics-source" label={t('statistics.import.source')} hint={t('statistics.import.sourceHint')}>
        {(control) => (
          <input {...control} name="source" type="text" autoComplete="off" value={source} onChange={(event) => setSource(event.target.value)} />
        )}
      </Field>
      <div className="form-actions">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('statistics.import.submitting') : t('statistics.import.submit')}
        </Button>
      </div>
      {bar ? (
        <div className="import-progress" role="status">
          <label htmlFor="statistics-progress">{bar.label}</label>
          <progress id="statistics-progress" max={100} value={bar.value} />
        </div>
      ) : null}
      {error ? <Alert variant="error">{error}</Alert> : null}
      {summary ? <ImportSummaryView summary={summary} /> : null}
    </form>
  );
}

export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  return (
    <Alert variant={summary.rowsRejected > 0 ? 'info' : 'success'} title={t('statistics.import.done')}>
      <dl className="import-summary" aria-label={t('statistics.import.summary')}>
        <dt>{t('statistics.import.format')}</dt>
        <dd>{summary.format === 'DECISIONS' ? t('statistics.import.formats.DECISIONS') : t('statistics.import.formats.APPLICATIONS')}</dd>
        <dt>{t('statistics.import.rowsRead')}</dt>
        <dd>{summary.rowsRead}</dd>
        <dt>{t('statistics.import.rowsImported')}</dt>
        <dd>{summary.rowsImported}</dd>
        <dt>{t('statistics.import.rowsUnchanged')}</dt>
        <dd>{summary.rowsUnchanged}</dd>
        <dt>{t('statistics.import.rowsCorrected')}</dt>
        <dd>{summary.rowsCorrected}</dd>
        <dt>{t('statistics.import.rowsRejected')}</dt>
        <dd>{summary.rowsRejected}</dd>
      </dl>
      {summary.errors.length > 0 ? (
        <div className="table-wrapper">
          <table>
            <caption>{t('statistics.import.rejectedCaption', { shown: summary.errors.length, count: summary.rowsRejected })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('statistics.import.line')}</th>
                <th scope="col">{t('statistics.import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.errors.map((e) => (
                <tr key={`${e.line}-${e.message}`}>
                  <td>{e.line}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Alert>
  );
}
