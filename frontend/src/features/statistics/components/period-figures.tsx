import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/spinner';
import { useFigureHistory, usePeriodFigures, type Figures } from '../api/get-figure-history';

function describe(values: Figures | null | undefined): string {
  if (!values) return '—';
  if (values.applied !== undefined) return String(values.applied);
  return [values.recognized, values.complementaryProtection, values.rejected, values.otherwiseClosed, values.totalDecisions].join(' / ');
}

/** Every figure of one country of asylum and year, with the release of its value and its corrections. */
export function PeriodFigures({ country, year }: { country: string; year: number }) {
  const { t } = useTranslation();
  const figures = usePeriodFigures({ country, year });
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <section aria-labelledby="period-figures-heading" className="card">
      <h2 id="period-figures-heading">{t('statistics.figures.title', { country, year })}</h2>
      <p className="muted">{t('statistics.figures.valuesHint')}</p>
      {figures.isPending ? <Loading /> : null}
      {figures.isError ? <Alert variant="error">{t('errors.generic')}</Alert> : null}
      {figures.isSuccess ? (
        <div className="table-wrapper">
          <table>
            <caption>{t('statistics.figures.caption', { count: figures.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('statistics.figures.figure')}</th>
                <th scope="col">{t('statistics.figures.values')}</th>
                <th scope="col">{t('statistics.figures.source')}</th>
                <th scope="col">{t('statistics.figures.corrections')}</th>
                <th scope="col">{t('statistics.figures.history')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.data.map((f) => (
                <tr key={f.key}>
                  <th scope="row" className="code">
                    {f.key}
                  </th>
                  <td>{describe(f.values)}</td>
                  <td>{f.source}</td>
                  <td>{f.corrections}</td>
                  <td>
                    <Button variant="link" onClick={() => setSelected(f.key)}>
                      {t('statistics.figures.showHistory')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {selected ? <FigureHistoryView figureKey={selected} /> : null}
    </section>
  );
}

export function FigureHistoryView({ figureKey }: { figureKey: string }) {
  const { t, i18n } = useTranslation();
  const history = useFigureHistory(figureKey);
  if (history.isPending) return <Loading />;
  if (history.isError) return <Alert variant="error">{t('errors.generic')}</Alert>;
  return (
    <div className="table-wrapper">
      <table>
        <caption>{t('statistics.figures.historyCaption', { key: figureKey })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('statistics.figures.source')}</th>
            <th scope="col">{t('statistics.figures.importedAt')}</th>
            <th scope="col">{t('statistics.figures.previous')}</th>
            <th scope="col">{t('statistics.figures.values')}</th>
          </tr>
        </thead>
        <tbody>
          {history.data.history.map((entry) => (
            <tr key={`${entry.importId}-${entry.importedAt}`}>
              <th scope="row">{entry.source}</th>
              <td>
                <time dateTime={entry.importedAt}>
                  {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(entry.importedAt))}
                </time>
              </td>
              <td>{describe(entry.previous)}</td>
              <td>{describe(entry.values)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
