import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProtectionRate } from '../api/get-protection-rates';

const COLOURS = ['#1f5fa8', '#c2571a', '#2e7d32', '#8e24aa', '#00838f', '#6d4c41', '#ad1457', '#455a64'];

/** Recognitions against complementary protection per year: one pair of lines per country of asylum and basis. */
export function RatesChart({ rates }: { rates: ProtectionRate[] }) {
  const { t } = useTranslation();
  const series = [...new Set(rates.map((r) => `${r.country} ${r.basis}`))];
  const years = [...new Set(rates.map((r) => r.year))].sort((a, b) => a - b);
  const data = years.map((year) => {
    const point: Record<string, number | null> = { year };
    for (const rate of rates.filter((r) => r.year === year)) {
      point[`${rate.country} ${rate.basis} recognized`] = rate.recognized;
      point[`${rate.country} ${rate.basis} complementary`] = rate.complementaryProtection;
    }
    return point;
  });
  return (
    <figure className="chart" aria-label={t('statistics.chart.label')}>
      <LineChart width={760} height={320} data={data} margin={{ top: 10, right: 20, bottom: 10, left: 10 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        {series.flatMap((name, index) => [
          <Line
            key={`${name} recognized`}
            type="monotone"
            dataKey={`${name} recognized`}
            name={`${name}: ${t('statistics.columns.recognized')}`}
            stroke={COLOURS[(2 * index) % COLOURS.length]}
            connectNulls
            isAnimationActive={false}
          />,
          <Line
            key={`${name} complementary`}
            type="monotone"
            dataKey={`${name} complementary`}
            name={`${name}: ${t('statistics.columns.complementaryProtection')}`}
            stroke={COLOURS[(2 * index + 1) % COLOURS.length]}
            strokeDasharray="6 3"
            connectNulls
            isAnimationActive={false}
          />,
        ])}
      </LineChart>
      <figcaption>
        {t('statistics.chart.caption')} {t('statistics.attribution')}
      </figcaption>
    </figure>
  );
}
