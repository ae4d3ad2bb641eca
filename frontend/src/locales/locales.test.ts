// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '@/config/languages';
import { findKeysInSource, findLocaleProblems, flattenKeys } from '@/testing/locale-utils';

const localesDir = path.dirname(fileURLToPath(import.meta.url));
const srcDir = path.resolve(localesDir, '..');

function loadLocale(name: string): unknown {
  return JSON.parse(readFileSync(path.join(localesDir, `${name}.json`), 'utf8'));
}

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) files.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) && !full.includes(`${path.sep}testing${path.sep}`)) files.push(full);
  }
  return files;
}

describe('locale files', () => {
  const locales = Object.fromEntries(SUPPORTED_LANGUAGES.map((lng) => [lng, loadLocale(lng)]));

  it('exist for every supported language and no other', () => {
    const files = readdirSync(localesDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual([...SUPPORTED_LANGUAGES].sort());
  });

  it('all have the same keys, none empty, with the same placeholders', () => {
    expect(findLocaleProblems(locales)).toEqual([]);
  });

  it('detects a key missing from one locale, and an empty value', () => {
    const problems = findLocaleProblems({
      en: { a: { b: 'B', c: 'C {{n}}' } },
      ja: { a: { b: 'ビー' } },
      ko: { a: { b: '', c: '씨 {{n}}' }, extra: 'x' },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'ja: missing "a.c"',
        'ko: "a.b" is empty',
        'en: missing "extra"',
        'ja: missing "extra"',
      ]),
    );
    expect(findLocaleProblems({ en: { a: 'x {{name}}' }, ja: { a: 'y' } })).toEqual([
      'ja: "a" has placeholders [], en has [name]',
    ]);
  });

  it('use the agreed terms for the legal and product vocabulary', () => {
    const ja = flattenKeys(locales.ja);
    const ko = flattenKeys(locales.ko);
    const zh = flattenKeys(locales['zh-Hans']);
    expect(ja['campaigns.title']).toBe('キャンペーン');
    expect(ko['campaigns.title']).toBe('캠페인');
    expect(zh['campaigns.title']).toBe('倡导运动');
    expect([ja['roles.COORDINATOR'], ko['roles.COORDINATOR'], zh['roles.COORDINATOR']]).toEqual(['コーディネーター', '코디네이터', '协调人']);
    expect([ja['roles.PARTNER'], ko['roles.PARTNER'], zh['roles.PARTNER']]).toEqual(['連携団体', '연대 단체', '联盟伙伴']);
    expect([ja['roles.EVALUATOR'], ko['roles.EVALUATOR'], zh['roles.EVALUATOR']]).toEqual(['評価者', '평가자', '评估者']);
    expect(ja['auth.login.intro']).toContain('アドボカシー活動');
    expect(ko['auth.login.intro']).toContain('옹호 활동');
    expect(zh['auth.login.intro']).toContain('倡导行动');
    const terms = (key: string) => [ja[key], ko[key], zh[key]];
    expect(terms('statistics.columns.refugeeRecognitionRate')).toEqual(['難民認定率', '난민인정률', '难民认定率']);
    expect(terms('statistics.columns.complementaryProtection')).toEqual(['補完的保護', '보충적 보호', '补充性保护']);
    expect(terms('statistics.columns.totalProtectionRate')).toEqual(['保護率', '보호율', '总保护率']);
  });
});

describe('translation keys used in the source', () => {
  const en = flattenKeys(loadLocale('en'));
  const files = sourceFiles(srcDir);
  const used = files.flatMap((file) => findKeysInSource(readFileSync(file, 'utf8')).map((key) => ({ key, file: path.relative(srcDir, file) })));

  it('are found by the scan (so that the check below is not vacuous)', () => {
    expect(files.some((f) => f.endsWith('.tsx'))).toBe(true);
    expect(used.length).toBeGreaterThan(40);
  });

  it('all exist in en.json as strings', () => {
    const missing = used.filter(({ key }) => typeof en[key] !== 'string').map(({ key, file }) => `${file}: ${key}`);
    expect(missing).toEqual([]);
  });

  it('scanner recognises the supported forms', () => {
    expect(findKeysInSource(`t('a.b'); t("c"); i18n.t('d', {x}); tKey('e.f'); <Trans i18nKey="g" />; t(\`h.\${x}\`)`).sort()).toEqual(
      ['a.b', 'c', 'd', 'e.f', 'g'],
    );
  });
});
