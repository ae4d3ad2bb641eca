import { describe, expect, it } from 'vitest';
import type { HandFigureRecord } from '../../api/get-hand-figures';
import type { ProtectionRate } from '../../api/get-protection-rates';
import { handFigureRows, overlapsYears, periodYears, unhcrCounterpart } from '../compare-figures';

function rate(partial: Partial<ProtectionRate> & Pick<ProtectionRate, 'country' | 'year' | 'basis'>): ProtectionRate {
  return {
    recognized: null, complementaryProtection: null, rejected: null, otherwiseClosed: null, totalDecisions: null, applications: null,
    refugeeRecognitionRate: null, totalProtectionRate: null, maskedCells: 0, ...partial,
  };
}

function figure(id: string, country: string, metric: string, period: string, value: number | null, unit = 'PERSONS', source = 'Ministry of Justice'): HandFigureRecord {
  return { id, country, kind: 'MEASURED', measurement: { metric, otherMetric: null, period, value, unit, source } };
}

const rates = [
  rate({ country: 'JPN', year: 2015, basis: 'P', recognized: 20, complementaryProtection: 79, rejected: 3411, applications: 7586 }),
  rate({ country: 'JPN', year: 2015, basis: 'C', recognized: 19 }),
  rate({ country: 'KOR', year: 2015, basis: 'P', recognized: 24, maskedCells: 2 }),
];

describe('periodYears', () => {
  it('reads single dates, spans and month precision', () => {
    expect(periodYears('2015')).toEqual({ first: 2015, last: 2015, wholeYear: 2015 });
    expect(periodYears('2014-03')).toEqual({ first: 2014, last: 2014, wholeYear: null });
    expect(periodYears('1994 to 2015-08')).toEqual({ first: 1994, last: 2015, wholeYear: null });
    expect(periodYears('2015 to 2015')?.wholeYear).toBe(2015);
    expect(periodYears('2015-01 to 2015-12')?.wholeYear).toBe(2015);
    expect(periodYears('2015-01-01 to 2015-12-31')?.wholeYear).toBe(2015);
    expect(periodYears('2015-01 to 2015-11')?.wholeYear).toBeNull();
    expect(periodYears('2015-01-02 to 2015-12-31')?.wholeYear).toBeNull();
    expect(periodYears('2014 to 2015')?.wholeYear).toBeNull();
    expect(periodYears('soon')).toBeUndefined();
  });
});

describe('overlapsYears', () => {
  it('keeps a period that shares any month with the chosen years', () => {
    expect(overlapsYears('2015', 2015, 2015)).toBe(true);
    expect(overlapsYears('2015', 2016, 2020)).toBe(false);
    expect(overlapsYears('1994 to 2015-08', 2015, 2020)).toBe(true);
    expect(overlapsYears('1994 to 2015-08', 2016, 2020)).toBe(false);
    expect(overlapsYears('1994 to 2015-08', 1990, 1993)).toBe(false);
    expect(overlapsYears('1994 to 2015-08', 2000, 2001)).toBe(true);
    expect(overlapsYears('2014-03 to 2015-12', 2014, 2014)).toBe(true);
    expect(overlapsYears('2014-03', 2013, 2013)).toBe(false);
    expect(overlapsYears('2014-03', 2014, 2014)).toBe(true);
    expect(overlapsYears('2014-03-05', 2010, 2014)).toBe(true);
    expect(overlapsYears('not a period', 1900, 2100)).toBe(false);
  });
});

describe('unhcrCounterpart', () => {
  it('pairs each metric with its UNHCR column and each unit with its basis', () => {
    expect(unhcrCounterpart(figure('a', 'JPN', 'REFUGEE_RECOGNITIONS', '2015', 27), rates)).toEqual({ year: 2015, basis: 'P', value: 20, approximate: false });
    expect(unhcrCounterpart(figure('b', 'JPN', 'REFUGEE_RECOGNITIONS', '2015', 27, 'CASES'), rates)?.value).toBe(19);
    expect(unhcrCounterpart(figure('c', 'JPN', 'HUMANITARIAN_PROTECTION_GRANTS', '2015', 79), rates)?.value).toBe(79);
    expect(unhcrCounterpart(figure('d', 'JPN', 'REJECTIONS', '2015', 3411), rates)?.value).toBe(3411);
    expect(unhcrCounterpart(figure('e', 'JPN', 'ASYLUM_APPLICATIONS', '2015', 7586), rates)?.value).toBe(7586);
    expect(unhcrCounterpart(figure('f', 'KOR', 'REFUGEE_RECOGNITIONS', '2015', 24), rates)).toEqual({ year: 2015, basis: 'P', value: 24, approximate: true });
  });

  it('has none for OTHER, for periods that are not exactly one year, for another country or a missing number', () => {
    expect(unhcrCounterpart(figure('a', 'JPN', 'OTHER', '2015', 27), rates)).toBeNull();
    expect(unhcrCounterpart(figure('b', 'JPN', 'REFUGEE_RECOGNITIONS', '1994 to 2015', 466), rates)).toBeNull();
    expect(unhcrCounterpart(figure('c', 'JPN', 'REFUGEE_RECOGNITIONS', '2015-03', 2), rates)).toBeNull();
    expect(unhcrCounterpart(figure('d', 'CHN', 'REFUGEE_RECOGNITIONS', '2015', 39), rates)).toBeNull();
    // cases exist for JPN 2015 but without an applications figure
    expect(unhcrCounterpart(figure('e', 'JPN', 'ASYLUM_APPLICATIONS', '2015', 7586, 'CASES'), rates)).toBeNull();
  });
});

describe('handFigureRows', () => {
  const figures = [
    figure('k1', 'KOR', 'REFUGEE_RECOGNITIONS', '1994 to 2015-08', 522),
    figure('j2', 'JPN', 'REFUGEE_RECOGNITIONS', '2015', 27),
    figure('j3', 'JPN', 'ASYLUM_APPLICATIONS', '2015', 7586),
    figure('j1', 'JPN', 'REFUGEE_RECOGNITIONS', '1994 to 2015', 466),
    figure('j4', 'JPN', 'REFUGEE_RECOGNITIONS', '2016', 28),
    figure('h1', 'HKG', 'OTHER', '2014-03 to 2015-12', 18),
    { id: 'p1', country: 'JPN', kind: 'PRACTICE_CHANGE', measurement: null },
  ];

  it('keeps the chosen countries and overlapping periods, in country order, then by period', () => {
    const rows = handFigureRows(figures, { countries: ['JPN', 'KOR'], from: 2015, to: 2015 }, rates);
    expect(rows.map((r) => r.figure.id)).toEqual(['j1', 'j3', 'j2', 'k1']);
  });

  it('marks a row whose sources differ and keeps both numbers; equal numbers are not marked', () => {
    const rows = handFigureRows(figures, { countries: ['JPN'], from: 2015, to: 2015 }, rates);
    const recognitions = rows.find((r) => r.figure.id === 'j2')!;
    expect(recognitions.figure.measurement.value).toBe(27);
    expect(recognitions.figure.measurement.source).toBe('Ministry of Justice');
    expect(recognitions.unhcr?.value).toBe(20);
    expect(recognitions.differs).toBe(true);
    const applications = rows.find((r) => r.figure.id === 'j3')!;
    expect(applications.unhcr?.value).toBe(7586);
    expect(applications.differs).toBe(false);
    const span = rows.find((r) => r.figure.id === 'j1')!;
    expect(span.unhcr).toBeNull();
    expect(span.differs).toBe(false);
  });

  it('compares nothing when no rates may be compared', () => {
    const rows = handFigureRows(figures, { countries: ['JPN'], from: 2015, to: 2015 }, null);
    expect(rows.every((r) => r.unhcr === null && !r.differs)).toBe(true);
  });
});
