import { describe, expect, it } from 'vitest';
import { formatPartialDate, isPartialDateInput, parsePartialDate, splitPeriod } from './partial-date';

describe('partial dates', () => {
  it('are shown with their own precision in English', () => {
    expect(formatPartialDate('2004', 'en', 'date unknown')).toBe('2004');
    expect(formatPartialDate('2014-03', 'en', 'date unknown')).toBe('March 2014');
    expect(formatPartialDate('2014-03-05', 'en', 'date unknown')).toBe('March 5, 2014');
    expect(formatPartialDate(null, 'en', 'date unknown')).toBe('date unknown');
    expect(formatPartialDate(undefined, 'en', 'date unknown')).toBe('date unknown');
  });

  it('are shown with their own precision in Japanese (localised month names)', () => {
    expect(formatPartialDate('2004', 'ja', '日付不明')).toBe('2004年');
    expect(formatPartialDate('2014-03', 'ja', '日付不明')).toBe('2014年3月');
    expect(formatPartialDate('2014-03-05', 'ja', '日付不明')).toBe('2014年3月5日');
    expect(formatPartialDate(null, 'ja', '日付不明')).toBe('日付不明');
  });

  it('never shift to the neighbouring day or month whatever the time zone', () => {
    expect(formatPartialDate('2014-01', 'en', '?')).toBe('January 2014');
    expect(formatPartialDate('2014-12-31', 'en', '?')).toBe('December 31, 2014');
  });

  it('are parsed only in the three forms, and only as real days', () => {
    expect(parsePartialDate('2004')).toEqual({ year: 2004, precision: 'YEAR' });
    expect(parsePartialDate('2014-03')).toEqual({ year: 2014, month: 3, precision: 'MONTH' });
    expect(parsePartialDate('2014-03-05')).toEqual({ year: 2014, month: 3, day: 5, precision: 'DAY' });
    expect(parsePartialDate('2014-02-30')).toBeUndefined();
    expect(parsePartialDate('2014-13')).toBeUndefined();
    expect(parsePartialDate('March 2014')).toBeUndefined();
    expect(isPartialDateInput('')).toBe(true);
    expect(isPartialDateInput(' 2004 ')).toBe(true);
    expect(isPartialDateInput('04')).toBe(false);
  });

  it('split periods into their ends', () => {
    expect(splitPeriod('1994 to 2015-08')).toEqual({ from: '1994', to: '2015-08' });
    expect(splitPeriod('2015')).toEqual({ from: '2015', to: '2015' });
  });
});
