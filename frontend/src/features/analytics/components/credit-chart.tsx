import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { downloadBlob, serializeSvg, svgSize, svgToPng } from '@/lib/download';
import type { AnalyticsRow } from '../api/get-analytics';
import { rowKey, rowLabel } from './labels';

/** The chart's own <svg> (not a legend icon). */
export function chartSvg(container: HTMLElement | null): SVGSVGElement | null {
  if (!container) return null;
  return container.querySelector<SVGSVGElement>('.recharts-wrapper > svg') ?? container.querySelector<SVGSVGElement>('svg');
}

/**
 * Contribution credit per framing and avenue: all claims beside substantiated claims only; downloadable as
 * SVG and as PNG (`filename` without its extension).
 */
export function CreditChart({ rows, filename }: { rows: AnalyticsRow[]; filename: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [converting, setConverting] = useState(false);
  const [pngFailed, setPngFailed] = useState(false);
  const data = rows.map((row) => ({ key: rowKey(row), name: rowLabel(row, t), creditAll: row.creditAll ?? 0, creditSubstantiated: row.creditSubstantiated ?? 0 }));
  const download = () => {
    const svg = chartSvg(ref.current);
    if (!svg) return;
    downloadBlob(new Blob([serializeSvg(svg)], { type: 'image/svg+xml;charset=utf-8' }), `${filename}.svg`);
  };
  const downloadPng = async () => {
    const svg = chartSvg(ref.current);
    if (!svg) return;
    setConverting(true);
    setPngFailed(false);
    try {
      const { width, height } = svgSize(svg);
      downloadBlob(await svgToPng(serializeSvg(svg), width, height, 2), `${filename}.png`);
    } catch {
      setPngFailed(true);
    } finally {
      setConverting(false);
    }
  };
  return (
    <figure className="chart" aria-label={t('analytics.chart.label')}>
      <div ref={ref}>
        <BarChart width={760} height={360} data={data} margin={{ top: 10, right: 20, bottom: 90, left: 10 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" interval={0} angle={-30} textAnchor="end" height={90} tick={{ fontSize: 11 }} />
          <YAxis />
          <Tooltip />
          <Legend verticalAlign="top" />
          <Bar dataKey="creditAll" name={t('analytics.columns.creditAll')} fill="#1f5fa8" isAnimationActive={false} />
          <Bar dataKey="creditSubstantiated" name={t('analytics.columns.creditSubstantiated')} fill="#2e7d32" isAnimationActive={false} />
        </BarChart>
      </div>
      <figcaption>{t('analytics.chart.caption')}</figcaption>
      <div className="form-actions">
        <Button variant="secondary" onClick={download} disabled={rows.length === 0}>
          {t('analytics.downloadSvg')}
        </Button>
        <Button variant="secondary" onClick={() => void downloadPng()} disabled={rows.length === 0 || converting}>
          {t('analytics.downloadPng')}
        </Button>
      </div>
      {pngFailed ? <Alert variant="error">{t('analytics.pngError')}</Alert> : null}
    </figure>
  );
}
