#!/usr/bin/env node
// End-to-end journey through the real UI in headless Chromium (playwright-core, no test runner).
//
//   BASE_URL          where the application (backend serving the built UI) listens; default http://localhost:8080
//   E2E_USERNAME      a user allowed to launch campaigns (ADMIN or COORDINATOR)
//   E2E_PASSWORD      that user's password (the journey also uses it as the coordinator and, through
//                     POST /api/admin/users, to create a coalition partner; so it must be an ADMIN)
//   E2E_PARTNER_USERNAME, E2E_PARTNER_PASSWORD
//                     the partner account the journey creates (default: a fresh name and a random password)
//   CHROMIUM_PATH     the Chromium executable; when unset, /usr/bin/chromium then /usr/bin/chromium-browser
//   E2E_WAIT_SECONDS  how long to wait for BASE_URL to answer before giving up (default 0: one try)
//   E2E_ARTIFACTS_DIR where screenshots of failed steps go (default e2e/artifacts)
//
// Prints one line per step and ends with "N passed, M failed"; exits 1 if any step failed or
// BASE_URL cannot be reached. Without a Chromium it says so and exits 0.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { inflateSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
const USERNAME = process.env.E2E_USERNAME ?? '';
const PASSWORD = process.env.E2E_PASSWORD ?? '';
const WAIT_SECONDS = Number.parseInt(process.env.E2E_WAIT_SECONDS ?? '0', 10) || 0;
const ARTIFACTS_DIR = process.env.E2E_ARTIFACTS_DIR || path.join(here, 'artifacts');
const STEP_TIMEOUT_MS = 15_000;
const OVERALL_TIMEOUT_MS = 5 * 60_000;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function findChromium() {
  const configured = process.env.CHROMIUM_PATH;
  const candidates = configured ? [configured] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate) => existsSync(candidate));
}

async function waitForBaseUrl() {
  const deadline = Date.now() + WAIT_SECONDS * 1000;
  let lastError;
  do {
    try {
      const response = await fetch(BASE_URL + '/', { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
      await response.body?.cancel();
      return;
    } catch (error) {
      lastError = error;
      if (Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  } while (Date.now() < deadline);
  const cause = lastError?.cause?.code ?? lastError?.cause?.message ?? lastError?.message ?? String(lastError);
  throw new Error(`BASE_URL ${BASE_URL} is unreachable (${cause})`);
}

// --- tiny assertion helpers (playwright-core has no expect) -------------------------------

async function poll(description, check, timeout = STEP_TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last === true) return;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${description}${last && last !== false ? ` (last: ${last})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const visible = (locator, timeout = STEP_TIMEOUT_MS) => locator.first().waitFor({ state: 'visible', timeout });

function pathOf(page) {
  return new URL(page.url()).pathname;
}

/** Runs axe (WCAG 2 A/AA rules) when @axe-core/playwright is installed; fails on serious or critical violations. */
async function checkAccessibility(page) {
  let AxeBuilder;
  try {
    ({ default: AxeBuilder } = await import('@axe-core/playwright'));
  } catch {
    return 'skip: @axe-core/playwright is not installed';
  }
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length > 0) {
    throw new Error(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`).join('\n'));
  }
  return undefined;
}

// --- the journey ---------------------------------------------------------------------------

const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PARTNER_USERNAME = process.env.E2E_PARTNER_USERNAME || `partner-${runId}`;
const PARTNER_PASSWORD = process.env.E2E_PARTNER_PASSWORD || `Partner-${randomBytes(12).toString('base64url')}`;
/** Written as the action's internal note; a partner must never see it. */
const INTERNAL_NOTE = `Internal note ${runId}: ask the ministry contact before quoting`;
const ACTOR = `E2E Refugee Network ${runId}`;
const INSTRUMENT = `E2E Refugee Act ${runId}`;
/** The source of a figure recorded by hand for Korea in 1990, where the uploaded UNHCR file has 15 recognitions. */
const HAND_SOURCE = `E2E Ministry of Justice ${runId}`;

/** Sends a JSON request from the page with its session and CSRF cookie; answers {status, body}. */
function fetchInPage(page, method, url, body) {
  return page.evaluate(
    async ({ method, url, body }) => {
      const token = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length);
      const response = await fetch(url, {
        method,
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(token ? { 'X-XSRF-TOKEN': decodeURIComponent(token) } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.text() };
    },
    { method, url, body },
  );
}

/** Waits for the answer to METHOD path (exact path, or a RegExp on the path) while running `action`. */
async function answerTo(page, method, path, action) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => {
      const p = new URL(r.url()).pathname;
      return r.request().method() === method && (typeof path === 'string' ? p === path : path.test(p));
    }),
    action(),
  ]);
  return response;
}

async function login(page, username, password) {
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await visible(page.getByText(`Signed in as ${username}`));
}

const suffix = Math.random().toString(36).slice(2, 8);
const ORGANISATION = { id: `e2e-org-${suffix}`, name: `E2E Refugee Aid ${suffix}` };
const PARTNER = {
  username: `e2e-partner-${suffix}`,
  initialPassword: `Initial-${randomPart()}-pw`,
  newPassword: `Changed ${randomPart()} passphrase`,
};
const XSS_NAME = '<img src=x onerror="window.__xss=1">';

function randomPart() {
  return Math.random().toString(36).slice(2, 10) + Math.random().toString(36).slice(2, 6);
}

/** Signs in through the login form (the page must show it). */
async function signIn(page, username, password) {
  await visible(page.getByRole('heading', { level: 1, name: 'Sign in' }));
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut(page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Sign in' }));
}

const uniqueName = `E2E campaign ${new Date().toISOString().replace(/[:.]/g, '')}-${Math.random().toString(36).slice(2, 7)}`;

/** An invented UNHCR decisions file (data-package layout) for Korea in 1990: two good rows, one bad. */
const STATISTICS_CSV = [
  '"year","coo_name","coo","coo_iso","coa_name","coa","coa_iso","procedure_type","dec_level","dec_pc","dec_recognized","dec_other","dec_rejected","dec_closed","dec_total"',
  '1990,"Syria","SYR","SYR","Rep. of Korea","KOR","KOR","G","FI","P",10,40,50,0,100',
  '1990,"Myanmar","MYA","MMR","Rep. of Korea","KOR","KOR","G","FI","P",5,0,20,5,30',
  '1990,"Iraq","IRQ","IRQ","Rep. of Korea","KOR","KOR","G","FI","P",ten,0,0,0,10',
  '',
].join('\r\n');

/** Ids of records the journey creates, for later steps. */
const journey = { claimId: '' };
const EVALUATOR = { username: `e2e-evaluator-${suffix}`, password: `Evaluator-${randomPart()}-pw` };
const AVENUE_ROW = /^Humanitarian protection: Substantive non-refoulement/;
/** The dashboard's columns after the row header: actions, claimed, substantiated, disputed, progressive, regressive, credit (all), credit (substantiated), lag, association. */
const COLUMN = { actions: 0, claimed: 1, substantiated: 2, disputed: 3, progressive: 4, regressive: 5, creditAll: 6, creditSubstantiated: 7, lag: 8, associated: 9 };

/** Whether a response answers the framing table's JSON request with the given ids parameter ('false' or 'true'). */
function isAnalyticsJson(response, ids) {
  const url = new URL(response.url());
  return url.pathname === '/api/analytics/framings' && response.request().headers().accept !== 'text/csv' && url.searchParams.get('ids') === ids;
}

/** The cells of the framing dashboard's row for substantive non-refoulement. */
async function avenueCells(page) {
  const table = page.getByRole('table', { name: 'Framings and avenues of humanitarian protection' });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: AVENUE_ROW }) });
  await visible(row);
  return { row: row.first(), cells: (await row.first().getByRole('cell').allInnerTexts()).map((c) => c.trim()) };
}

/** Steps run in order; each depends on the ones before it. */
const steps = [
  {
    name: 'an anonymous visitor is sent to the login page',
    async run({ page }) {
      await page.goto(BASE_URL + '/', { waitUntil: 'domcontentloaded' });
      await visible(page.getByRole('heading', { level: 1, name: 'Sign in' }));
      await poll('the address /login', () => pathOf(page) === '/login' || pathOf(page));
      await visible(page.getByLabel('Username', { exact: true }));
      await visible(page.getByLabel('Password', { exact: true }));
    },
  },
  {
    name: 'the login page has no serious accessibility violations (axe)',
    optional: true,
    run: ({ page }) => checkAccessibility(page),
  },
  {
    name: 'a wrong password shows an error and keeps the user on the login page',
    async run({ page }) {
      await page.getByLabel('Username', { exact: true }).fill(USERNAME);
      await page.getByLabel('Password', { exact: true }).fill(`${PASSWORD}-wrong-${Date.now()}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await visible(page.getByRole('alert').filter({ hasText: 'The username or password is incorrect.' }));
      if (pathOf(page) !== '/login') throw new Error(`expected to stay on /login, at ${pathOf(page)}`);
    },
  },
  {
    name: 'the user logs in through the form',
    async run({ page }) {
      await page.getByLabel('Username', { exact: true }).fill(USERNAME);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Campaigns' }));
      await poll('the address /campaigns', () => pathOf(page) === '/campaigns' || pathOf(page));
      await visible(page.getByRole('button', { name: 'Sign out' }));
      await visible(page.getByText(`Signed in as ${USERNAME}`));
    },
  },
  {
    name: 'the user launches a campaign (JPN, KOR, two issues, a goal) and sees it in the list',
    async run({ page }) {
      const form = page.locator('form[aria-labelledby="launch-campaign-heading"]');
      await visible(form, 5000).catch(() => {
        throw new Error('no "Launch campaign" form: does E2E_USERNAME have the ADMIN or COORDINATOR role?');
      });
      await form.getByLabel(/^Campaign name/).fill(uniqueName);
      await form.getByRole('checkbox', { name: /\(JPN\)/ }).check();
      await form.getByRole('checkbox', { name: /\(KOR\)/ }).check();
      await form.getByLabel('Issues', { exact: true }).fill('Death penalty\nFreedom of assembly');
      await form.getByLabel('Goal', { exact: true }).fill('A moratorium on executions by 2028');
      const [response] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/api/campaigns' && r.request().method() === 'POST'),
        form.getByRole('button', { name: 'Launch campaign' }).click(),
      ]);
      if (response.status() !== 201) {
        throw new Error(`POST /api/campaigns answered ${response.status()}: ${await response.text().catch(() => '')}`);
      }
      const sent = response.request().postDataJSON();
      const expected = { name: uniqueName, countries: ['JPN', 'KOR'], issues: ['Death penalty', 'Freedom of assembly'], goal: 'A moratorium on executions by 2028' };
      if (JSON.stringify(sent) !== JSON.stringify(expected)) {
        throw new Error(`unexpected request body ${JSON.stringify(sent)}`);
      }
      await visible(form.getByRole('status').filter({ hasText: `Campaign “${uniqueName}” launched.` }));
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: uniqueName, exact: true }) });
      await visible(row);
      const text = await row.first().innerText();
      for (const part of ['JPN, KOR', 'Death penalty', 'Freedom of assembly', 'A moratorium on executions by 2028']) {
        if (!text.includes(part)) throw new Error(`the new row lacks "${part}": ${JSON.stringify(text)}`);
      }
    },
  },
  {
    name: 'submitting the form with an empty name shows a field error',
    async run({ page }) {
      const form = page.locator('form[aria-labelledby="launch-campaign-heading"]');
      const name = form.getByLabel(/^Campaign name/);
      await name.fill('');
      await form.getByRole('checkbox', { name: /\(JPN\)/ }).check();
      await form.getByLabel('Issues', { exact: true }).fill('Anything');
      await form.getByRole('button', { name: 'Launch campaign' }).click();
      await poll('the name field to be marked invalid', async () => (await name.getAttribute('aria-invalid')) === 'true');
      const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
      const errorId = describedBy.split(/\s+/).find((id) => id.endsWith('-error'));
      if (!errorId) throw new Error(`the name field is not described by an error (aria-describedby="${describedBy}")`);
      const message = (await page.locator(`[id="${errorId}"]`).innerText()).trim();
      if (!message) throw new Error('the field error is empty');
      await visible(form.getByRole('alert'));
    },
  },
  {
    name: 'the campaigns page, with its field errors, has no serious accessibility violations (axe)',
    optional: true,
    run: ({ page }) => checkAccessibility(page),
  },
  {
    name: 'the user imports a UNHCR decisions file on the statistics page and sees the summary with the rejected row',
    async run({ page }) {
      await page.getByRole('link', { name: 'Protection statistics' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Protection statistics' }));
      await poll('the address /statistics', () => pathOf(page) === '/statistics' || pathOf(page));
      await page.getByLabel('CSV file', { exact: true }).setInputFiles({
        name: 'e2e-decisions.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(STATISTICS_CSV, 'utf8'),
      });
      await page.getByLabel(/^Release/).fill('E2E release');
      const [response] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/api/statistics/imports' && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Import', exact: true }).click(),
      ]);
      if (response.status() !== 200) throw new Error(`POST /api/statistics/imports answered ${response.status()}: ${await response.text()}`);
      await visible(page.getByText('Import finished'));
      const summary = (await page.locator('dl.import-summary').innerText()).replace(/\s+/g, ' ');
      for (const part of ['Rows read 3', 'Rejected 1']) {
        if (!summary.includes(part)) throw new Error(`the summary lacks "${part}": ${summary}`);
      }
      const rejected = page.getByRole('table', { name: /Rejected rows/ });
      await visible(rejected);
      const text = await rejected.innerText();
      if (!text.includes('4') || !text.includes('dec_recognized is not a whole number')) throw new Error(`unexpected rejected rows: ${text}`);
    },
  },
  {
    name: 'the protection rates of Korea in 1990 appear in the chart and in the table under it',
    async run({ page }) {
      const korea = page.getByRole('checkbox', { name: /\(KOR\)/ });
      if (!(await korea.isChecked())) await korea.check();
      await page.getByLabel('From year', { exact: true }).fill('1990');
      await page.getByLabel('To year', { exact: true }).fill('1990');
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      const table = page.locator('table.rates-table');
      await visible(table);
      await visible(page.locator('figure.chart svg'));
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'KOR', exact: true }) }).filter({ hasText: '1990' });
      await visible(row);
      const cells = await row.first().getByRole('cell').allInnerTexts();
      // 1990, Persons, recognized 15, complementary 40, rejected 70, closed 5, total 130, applications —, ≈ 12%, ≈ 44%, masked 2
      const expected = ['1990', 'Persons', '15', '40', '70', '5', '130', '—', '≈ 12%', '≈ 44%', '2'];
      for (const [index, value] of expected.entries()) {
        if ((cells[index] ?? '').trim() !== value) throw new Error(`cell ${index} is "${cells[index]}", expected "${value}" (row: ${cells.join(' | ')})`);
      }
      const caption = await table.locator('caption').innerText();
      if (!caption.includes('Source: UNHCR Refugee Population Statistics Database, CC BY 4.0')) throw new Error(`no attribution: ${caption}`);
    },
  },
  {
    name: 'the statistics page has no serious accessibility violations (axe)',
    optional: true,
    run: ({ page }) => checkAccessibility(page),
  },
  {
    name: 'the coordinator opens the campaign from the list and logs an action with two framings and an internal note',
    async run({ page }) {
      await page.getByRole('link', { name: 'Campaigns', exact: true }).click();
      await page.getByRole('link', { name: uniqueName, exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: uniqueName }));
      await visible(page.getByRole('link', { name: 'Record the advocacy' }));
      const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Log an advocacy action' }) });
      await form.getByLabel(/^Country/).fill('JPN');
      await form.getByLabel(/^Issue/).fill('Death penalty');
      await form.getByLabel(/^Actor organisation/).fill(ACTOR);
      await form.getByLabel(/^Action type/).selectOption({ label: 'Submission to a UN body' });
      await form.getByLabel(/^Framing 1/).selectOption({ label: 'Humanitarian protection' });
      await form.getByLabel('Avenue of humanitarian protection (framing 1)').selectOption('SUBSTANTIVE_NON_REFOULEMENT');
      await form.getByRole('button', { name: 'Add a framing' }).click();
      await form.getByLabel(/^Framing 2/).selectOption({ label: 'Refugee Convention' });
      if ((await form.getByLabel('Avenue of humanitarian protection (framing 2)').count()) !== 0) throw new Error('an avenue is offered for the Refugee Convention framing');
      await form.getByLabel('Instrument 1').fill('CAT');
      await form.getByLabel('Article 1').fill('art. 3');
      await form.getByLabel(/^Target kind/).selectOption({ label: 'UN body' });
      await form.getByLabel(/^Target name/).fill('Committee against Torture');
      await form.getByLabel('Date', { exact: true }).fill('2014-03');
      await form.getByLabel(/^Description/).fill('Shadow report on non-refoulement');
      await form.getByLabel(/^Internal notes/).fill(INTERNAL_NOTE);
      await form.getByLabel('Link 1').fill('https://example.org/shadow-report.pdf');
      const response = await answerTo(page, 'POST', '/api/actions', () => form.getByRole('button', { name: 'Log action' }).click());
      if (response.status() !== 201) throw new Error(`POST /api/actions answered ${response.status()}: ${await response.text()}`);
      const key = await response.request().headerValue('idempotency-key');
      if (!key) throw new Error('no Idempotency-Key header on the create');
      const sent = response.request().postDataJSON();
      if (sent.framings?.length !== 2 || sent.framings[0].avenue !== 'SUBSTANTIVE_NON_REFOULEMENT' || sent.notes !== INTERNAL_NOTE || sent.date !== '2014-03') {
        throw new Error(`unexpected request body ${JSON.stringify(sent)}`);
      }
      await visible(form.getByRole('status').filter({ hasText: 'The action was logged.' }));
    },
  },
  {
    name: 'the coordinator records a reform with its first stage, then adds a second stage on the reform page (only allowed stages offered)',
    async run({ page }) {
      await page.getByRole('button', { name: 'Record a legal reform' }).click();
      const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Record a legal reform' }) });
      await form.getByLabel(/^Country/).fill('KOR');
      await form.getByLabel(/^Instrument/).fill(INSTRUMENT);
      await form.getByLabel(/^Kind of reform/).selectOption({ label: 'Law' });
      await form.getByLabel(/^Direction/).selectOption({ label: 'Progressive' });
      await form.getByLabel(/^Summary/).fill('A stand-alone refugee law');
      await form.getByLabel(/^Stage/).selectOption({ label: 'Proposed' });
      await form.getByLabel('Date of the stage').fill('2011-12');
      const created = await answerTo(page, 'POST', '/api/reforms', () => form.getByRole('button', { name: 'Record reform' }).click());
      if (created.status() !== 201) throw new Error(`POST /api/reforms answered ${created.status()}: ${await created.text()}`);
      await form.getByRole('link', { name: 'Open the record' }).click();
      await visible(page.getByRole('heading', { level: 1, name: `Legal reform: ${INSTRUMENT}` }));
      const stageForm = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Add the next stage' }) });
      const offered = (await stageForm.getByLabel(/^Next stage/).locator('option').allInnerTexts()).slice(1);
      if (offered.join(',') !== 'Debated,Adopted,Rejected') throw new Error(`after Proposed the form offers ${offered.join(', ')}`);
      await stageForm.getByLabel(/^Next stage/).selectOption({ label: 'Adopted' });
      await stageForm.getByLabel('Date of the stage').fill('2012-02-10');
      const staged = await answerTo(page, 'POST', /^\/api\/reforms\/[^/]+\/stages$/, () => stageForm.getByRole('button', { name: 'Add stage' }).click());
      if (staged.status() !== 200) throw new Error(`POST stages answered ${staged.status()}: ${await staged.text()}`);
      if (!(await staged.request().headerValue('if-match'))) throw new Error('no If-Match header on the stage');
      const stages = page.getByRole('table', { name: 'Stages' });
      await poll('two stages in the table', async () => (await stages.locator('tbody tr').count()) === 2 || `${await stages.locator('tbody tr').count()} rows`);
      const text = await stages.innerText();
      for (const part of ['Proposed', 'December 2011', 'Adopted', 'February 10, 2012']) {
        if (!text.includes(part)) throw new Error(`the stages lack "${part}": ${text}`);
      }
      await visible(page.getByRole('heading', { name: 'Stage recorded' }));
    },
  },
  {
    name: 'the coordinator claims a contribution: that action to that reform',
    async run({ page }) {
      await page.getByRole('link', { name: 'Open the campaign' }).click();
      await visible(page.getByRole('heading', { level: 1, name: uniqueName }));
      await page.getByRole('button', { name: 'Claim a contribution' }).click();
      const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Claim a contribution' }) });
      await form.getByRole('checkbox', { name: new RegExp(ACTOR) }).check();
      const target = form.getByLabel(/^Contributed to/);
      const option = target.locator('option', { hasText: INSTRUMENT });
      await target.selectOption(await option.first().getAttribute('value'));
      await form.getByLabel(/^Strength/).selectOption({ label: 'Significant' });
      await form.getByLabel(/^Explanation/).fill('The shadow report was cited in the committee debate');
      const response = await answerTo(page, 'POST', '/api/contributions', () => form.getByRole('button', { name: 'Claim contribution' }).click());
      if (response.status() !== 201) throw new Error(`POST /api/contributions answered ${response.status()}: ${await response.text()}`);
      const sent = response.request().postDataJSON();
      if (sent.actionIds?.length !== 1 || sent.targetType !== 'REFORM') throw new Error(`unexpected claim ${JSON.stringify(sent)}`);
      journey.claimId = (await response.json()).id;
      await visible(form.getByRole('status').filter({ hasText: 'The contribution was claimed.' }));
    },
  },
  {
    name: 'the coordinator records a measured outcome by hand (KOR 1990, 17 recognitions) and sees it on the statistics page beside UNHCR’s 15, both with their source',
    async run({ page }) {
      await page.getByRole('button', { name: 'Record an outcome' }).click();
      const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Record an outcome' }) });
      await form.getByLabel(/^Country/).fill('KOR');
      await form.getByLabel(/^Metric/).selectOption({ label: 'Refugee recognitions' });
      await form.getByLabel(/^Period/).fill('1990');
      await form.getByLabel(/^Value/).fill('17');
      await form.getByLabel(/^Unit/).selectOption({ label: 'persons' });
      await form.getByLabel(/^Source/).fill(HAND_SOURCE);
      const response = await answerTo(page, 'POST', '/api/outcomes', () => form.getByRole('button', { name: 'Record outcome' }).click());
      if (response.status() !== 201) throw new Error(`POST /api/outcomes answered ${response.status()}: ${await response.text()}`);
      const { id } = await response.json();
      await visible(form.getByRole('status').filter({ hasText: 'The outcome was recorded.' }));

      await page.getByRole('link', { name: 'Protection statistics' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Protection statistics' }));
      const korea = page.getByRole('checkbox', { name: /\(KOR\)/ });
      if (!(await korea.isChecked())) await korea.check();
      await page.getByLabel('From year', { exact: true }).fill('1990');
      await page.getByLabel('To year', { exact: true }).fill('1990');
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      // UNHCR's own figure is unchanged by the hand figure
      const rates = page.locator('table.rates-table');
      const unhcrRow = rates.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'KOR', exact: true }) }).filter({ hasText: '1990' });
      await visible(unhcrRow);
      const unhcrCells = await unhcrRow.first().getByRole('cell').allInnerTexts();
      if ((unhcrCells[2] ?? '').trim() !== '15') throw new Error(`UNHCR's recognized is "${unhcrCells[2]}", expected 15 (row: ${unhcrCells.join(' | ')})`);
      const hand = page.getByRole('table', { name: /Recorded figures, each with its source/ });
      const row = hand.getByRole('row').filter({ hasText: HAND_SOURCE });
      await visible(row);
      const cells = (await row.first().getByRole('cell').allInnerTexts()).map((c) => c.trim());
      // period, metric, value, unit, source, UNHCR's figure with its source, comparison, record
      const expected = ['1990', 'Refugee recognitions', '17', 'persons', HAND_SOURCE];
      for (const [index, value] of expected.entries()) {
        if (cells[index] !== value) throw new Error(`cell ${index} is "${cells[index]}", expected "${value}" (row: ${cells.join(' | ')})`);
      }
      if (!/^≈ 15 \(UNHCR Refugee Population Statistics Database, 1990\)$/.test(cells[5] ?? '')) throw new Error(`UNHCR's figure beside it is "${cells[5]}"`);
      if (cells[6] !== 'Sources differ') throw new Error(`the comparison says "${cells[6]}", expected "Sources differ"`);
      const link = await row.first().getByRole('link', { name: 'Open the record' }).getAttribute('href');
      if (link !== `/outcomes/${id}`) throw new Error(`the record link is ${link}, expected /outcomes/${id}`);
      // back to the campaign, where the next step starts
      await page.getByRole('link', { name: 'Campaigns', exact: true }).click();
      await page.getByRole('link', { name: uniqueName, exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: uniqueName }));
    },
  },
  {
    name: 'the coordinator sees the internal note on the campaign timeline, labelled as internal',
    async run({ page }) {
      await page.getByRole('link', { name: 'Timeline', exact: true }).last().click();
      await poll('the campaign timeline address', () => /\/campaigns\/[^/]+\/timeline$/.test(pathOf(page)) || pathOf(page));
      await visible(page.getByText(INTERNAL_NOTE));
      await visible(page.getByText('Internal notes (internal — never shown to partners)'));
    },
  },
  {
    name: 'the campaign timeline has no serious accessibility violations (axe)',
    optional: true,
    run: ({ page }) => checkAccessibility(page),
  },
  {
    name: 'the administrator creates a coalition partner account (POST /api/admin/users)',
    async run({ page }) {
      const { status, body } = await fetchInPage(page, 'POST', '/api/admin/users', {
        username: PARTNER_USERNAME,
        password: PARTNER_PASSWORD,
        roles: ['PARTNER'],
        organisation: null,
        mustChangePassword: false,
      });
      if (status !== 201) throw new Error(`POST /api/admin/users answered ${status}: ${body}`);
    },
  },
  {
    name: 'the administrator creates an organisation and a PARTNER user who must change the password, on the administration page',
    async run({ page }) {
      await page.getByRole('link', { name: 'Administration' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Administration' }));
      await poll('the address /admin', () => pathOf(page) === '/admin' || pathOf(page));

      const orgForm = page.locator('form[aria-labelledby="create-organisation-heading"]');
      await orgForm.getByLabel('Name', { exact: true }).fill(ORGANISATION.name);
      await orgForm.getByLabel('Identifier', { exact: true }).fill(ORGANISATION.id);
      const [orgResponse] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/api/admin/organisations' && r.request().method() === 'POST'),
        orgForm.getByRole('button', { name: 'Add organisation' }).click(),
      ]);
      if (orgResponse.status() !== 201) throw new Error(`POST /api/admin/organisations answered ${orgResponse.status()}: ${await orgResponse.text()}`);
      await visible(orgForm.getByRole('status').filter({ hasText: `Organisation “${ORGANISATION.name}” added.` }));
      await visible(page.getByRole('rowheader', { name: ORGANISATION.name, exact: true }));

      const userForm = page.locator('form[aria-labelledby="create-user-heading"]');
      await userForm.getByLabel('Username', { exact: true }).fill(PARTNER.username);
      await userForm.getByLabel('Initial password', { exact: true }).fill(PARTNER.initialPassword);
      await userForm.getByRole('checkbox', { name: 'Coalition partner' }).check();
      await userForm.getByLabel('Organisation', { exact: true }).selectOption(ORGANISATION.id);
      const mustChange = userForm.getByRole('checkbox', { name: 'Must change the password at first sign-in' });
      if (!(await mustChange.isChecked())) throw new Error('"Must change the password" is not ticked by default');
      const [userResponse] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/api/admin/users' && r.request().method() === 'POST'),
        userForm.getByRole('button', { name: 'Create user' }).click(),
      ]);
      if (userResponse.status() !== 201) throw new Error(`POST /api/admin/users answered ${userResponse.status()}: ${await userResponse.text()}`);
      const sent = userResponse.request().postDataJSON();
      const expected = { username: PARTNER.username, roles: ['PARTNER'], organisation: ORGANISATION.id, mustChangePassword: true };
      for (const [key, value] of Object.entries(expected)) {
        if (JSON.stringify(sent[key]) !== JSON.stringify(value)) throw new Error(`unexpected ${key} in ${JSON.stringify({ ...sent, password: '…' })}`);
      }
      await visible(userForm.getByRole('status').filter({ hasText: `User “${PARTNER.username}” created.` }));
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: PARTNER.username, exact: true }) });
      await visible(row);
      const text = await row.first().innerText();
      for (const part of ['Coalition partner', ORGANISATION.name, 'Enabled', 'Must change password']) {
        if (!text.includes(part)) throw new Error(`the new user's row lacks "${part}": ${JSON.stringify(text)}`);
      }
    },
  },
  {
    name: 'the administration page has no serious accessibility violations (axe)',
    optional: true,
    run: ({ page }) => checkAccessibility(page),
  },
  {
    name: 'the user logs out and is back at the login page',
    async run({ page }) {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Sign in' }));
      await poll('the address /login', () => pathOf(page) === '/login' || pathOf(page));
      // The session is really gone: opening the application again leads to the login page.
      await page.goto(BASE_URL + '/', { waitUntil: 'domcontentloaded' });
      await visible(page.getByRole('heading', { level: 1, name: 'Sign in' }));
      const me = await page.evaluate(async () => (await fetch('/api/auth/me', { credentials: 'same-origin' })).status);
      if (me !== 401) throw new Error(`GET /api/auth/me answered ${me} after logout, expected 401`);
    },
  },
  {
    name: 'a coalition partner logs in and sees the action, both reform stages and the claim on the timeline, filtered by campaign',
    async run({ page }) {
      await login(page, PARTNER_USERNAME, PARTNER_PASSWORD);
      await page.getByRole('link', { name: 'Timeline', exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Timeline' }));
      await page.getByLabel('Campaign', { exact: true }).selectOption({ label: uniqueName });
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await poll('the campaign filter in the address', () => new URL(page.url()).searchParams.has('campaign') || page.url());
      const list = page.getByRole('list', { name: 'Timeline entries' });
      await visible(list.getByRole('link', { name: ACTOR }));
      const text = await list.innerText();
      for (const part of [ACTOR, 'March 2014', 'Shadow report on non-refoulement', 'Proposed', 'Adopted', 'Contribution claim', 'Significant']) {
        if (!text.includes(part)) throw new Error(`the timeline lacks "${part}": ${text}`);
      }
      const stages = await list.getByRole('listitem').filter({ hasText: INSTRUMENT }).count();
      if (stages !== 2) throw new Error(`expected 2 stages of the reform on the timeline, found ${stages}`);
      if (await page.getByRole('link', { name: 'Record the advocacy' }).count()) throw new Error('a partner is offered the recording forms');
    },
  },
  {
    name: 'the internal note appears nowhere on the partner’s pages (timeline, action page), not even an empty label',
    async run({ page }) {
      const check = async (where) => {
        const html = await page.content();
        if (html.includes(INTERNAL_NOTE)) throw new Error(`the internal note is in the ${where} page`);
        if (html.includes('Internal notes')) throw new Error(`the ${where} page shows an internal-notes label`);
      };
      await check('timeline');
      await page.getByRole('list', { name: 'Timeline entries' }).getByRole('link', { name: ACTOR }).click();
      await visible(page.getByRole('heading', { level: 1, name: `Advocacy action by ${ACTOR}` }));
      await visible(page.getByRole('heading', { name: 'Action logged' }));
      await check('action');
      if (await page.getByRole('button', { name: 'Correct' }).count()) throw new Error('a partner is offered the correction');
    },
  },
  {
    name: 'the partner’s timeline has no serious accessibility violations (axe)',
    optional: true,
    async run({ page }) {
      await page.goBack();
      await visible(page.getByRole('list', { name: 'Timeline entries' }));
      return checkAccessibility(page);
    },
  },
  {
    name: 'the new partner signs in, is sent to change the password, changes it and lands on the campaigns',
    async run({ page }) {
      // The coalition partner of the steps before is still signed in.
      await signOut(page);
      await signIn(page, PARTNER.username, PARTNER.initialPassword);
      await visible(page.getByRole('heading', { level: 1, name: 'Change password' }));
      await poll('the address /account/password', () => pathOf(page) === '/account/password' || pathOf(page));
      if ((await page.getByRole('navigation', { name: 'Main' }).count()) !== 0) throw new Error('the navigation is offered before the password is changed');
      // Any other address leads back here until the password is changed.
      await page.goto(BASE_URL + '/statistics', { waitUntil: 'domcontentloaded' });
      await visible(page.getByRole('heading', { level: 1, name: 'Change password' }));
      await poll('the address /account/password', () => pathOf(page) === '/account/password' || pathOf(page));

      await page.getByLabel('Current password', { exact: true }).fill(PARTNER.initialPassword);
      await page.getByLabel('New password', { exact: true }).fill(PARTNER.newPassword);
      await page.getByLabel('Repeat the new password', { exact: true }).fill(PARTNER.newPassword);
      const [response] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/api/account/password' && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Change password' }).click(),
      ]);
      if (response.status() !== 204) throw new Error(`POST /api/account/password answered ${response.status()}: ${await response.text()}`);
      await visible(page.getByRole('heading', { level: 1, name: 'Protection statistics' }));
      await page.getByRole('link', { name: 'Campaigns', exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Campaigns' }));
      await visible(page.getByText(`Signed in as ${PARTNER.username}`));
      const me = await page.evaluate(async () => (await fetch('/api/auth/me', { credentials: 'same-origin' })).json());
      if (me.mustChangePassword !== false || !me.roles.includes('PARTNER')) throw new Error(`unexpected /api/auth/me: ${JSON.stringify(me)}`);
      const campaigns = await page.evaluate(async () => (await fetch('/api/campaigns', { credentials: 'same-origin' })).status);
      if (campaigns !== 200) throw new Error(`GET /api/campaigns answered ${campaigns} after the password change`);
      await signOut(page);
    },
  },
  {
    name: 'stored XSS: a campaign named with an HTML payload is shown as text and runs no script',
    async run({ page }) {
      await signIn(page, USERNAME, PASSWORD);
      await visible(page.getByRole('heading', { level: 1, name: 'Campaigns' }));
      const form = page.locator('form[aria-labelledby="launch-campaign-heading"]');
      await form.getByLabel(/^Campaign name/).fill(XSS_NAME);
      await form.getByRole('checkbox', { name: /\(JPN\)/ }).check();
      const [response] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/api/campaigns' && r.request().method() === 'POST'),
        form.getByRole('button', { name: 'Launch campaign' }).click(),
      ]);
      if (response.status() !== 201) throw new Error(`POST /api/campaigns answered ${response.status()}: ${await response.text()}`);
      const cell = page.getByRole('rowheader', { name: XSS_NAME, exact: true });
      await visible(cell);
      const text = await cell.first().innerText();
      if (text !== XSS_NAME) throw new Error(`the name is shown as ${JSON.stringify(text)}`);
      // Reload, so that the name also comes from the stored list, and give an injected image time to fail.
      await page.reload({ waitUntil: 'domcontentloaded' });
      await visible(page.getByRole('rowheader', { name: XSS_NAME, exact: true }));
      await page.waitForTimeout(500);
      const injected = await page.locator('main img[src="x"]').count();
      if (injected !== 0) throw new Error(`found ${injected} injected <img> element(s)`);
      const xss = await page.evaluate(() => typeof window.__xss);
      if (xss !== 'undefined') throw new Error(`window.__xss is ${xss}: the payload ran`);
    },
  },
  {
    name: 'on "My account" the administrator sees this session, creates an API token whose secret is shown once and works, then revokes it',
    async run({ page }) {
      await page.getByRole('link', { name: 'My account' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'My account' }));
      await visible(page.getByRole('rowheader').filter({ hasText: 'this session' }));

      const tokenName = `e2e token ${suffix}`;
      const form = page.locator('form[aria-labelledby="create-token-heading"]');
      await form.getByLabel('Name', { exact: true }).fill(tokenName);
      await form.getByLabel('Scope', { exact: true }).selectOption('READ_ONLY');
      await form.getByLabel('Valid for (days)', { exact: true }).fill('7');
      const [response] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/api/account/tokens' && r.request().method() === 'POST'),
        form.getByRole('button', { name: 'Create token' }).click(),
      ]);
      if (response.status() !== 201) throw new Error(`POST /api/account/tokens answered ${response.status()}: ${await response.text()}`);
      const secret = (await page.getByTestId('token-secret').innerText()).trim();
      if (!secret) throw new Error('no secret shown');
      const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
      if (storage !== 0) throw new Error('something was written to browser storage');

      const withToken = await fetch(BASE_URL + '/api/campaigns', { headers: { Authorization: `Bearer ${secret}`, Accept: 'application/json' } });
      if (withToken.status !== 200) throw new Error(`GET /api/campaigns with the token answered ${withToken.status}`);

      await page.getByRole('button', { name: 'I have copied it – close' }).click();
      await poll('the secret to disappear', async () => (await page.getByText(secret).count()) === 0);

      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: tokenName, exact: true }) });
      await visible(row);
      await row.getByRole('button', { name: 'Revoke' }).click();
      await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname.startsWith('/api/account/tokens/') && r.request().method() === 'DELETE'),
        row.getByRole('button', { name: 'Confirm' }).click(),
      ]);
      await poll('the token to show as revoked', async () => (await row.innerText()).includes('Revoked'));
      const revoked = await fetch(BASE_URL + '/api/campaigns', { headers: { Authorization: `Bearer ${secret}`, Accept: 'application/json' } });
      if (revoked.status !== 401) throw new Error(`GET /api/campaigns with the revoked token answered ${revoked.status}, expected 401`);
    },
  },
  {
    name: 'the account page has no serious accessibility violations (axe)',
    optional: true,
    run: ({ page }) => checkAccessibility(page),
  },
  {
    name: 'the administrator reads the audit log, filters it by kind and user, and exports the same query as CSV',
    async run({ page }) {
      await page.getByRole('link', { name: 'Administration' }).click();
      await page.getByRole('link', { name: 'Audit log' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Audit log' }));
      await poll('the address /admin/audit', () => pathOf(page) === '/admin/audit' || pathOf(page));
      await visible(page.getByRole('rowheader', { name: 'LOGIN_FAILED', exact: true }));

      await page.getByLabel('Kind', { exact: true }).fill('USER_CREATED');
      await page.getByLabel('User', { exact: true }).fill(USERNAME);
      const response = await answerTo(page, 'GET', '/api/admin/audit', () => page.getByRole('button', { name: 'Show', exact: true }).click());
      const query = new URL(response.url()).searchParams;
      if (query.get('kind') !== 'USER_CREATED' || query.get('user') !== USERNAME || !query.get('from') || !query.get('to')) {
        throw new Error(`unexpected audit query ${new URL(response.url()).search}`);
      }
      const table = page.locator('table.audit-table');
      await visible(table.getByText(PARTNER.username));
      const kinds = await table.locator('tbody th').allInnerTexts();
      if (kinds.length === 0 || kinds.some((kind) => kind.trim() !== 'USER_CREATED')) throw new Error(`unexpected kinds ${kinds.join(', ')}`);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
      const file = await download.path();
      const csv = readFileSync(file, 'utf8');
      if (!/^"?at"?,"?kind"?/.test(csv) || !csv.includes(PARTNER.username)) throw new Error(`unexpected CSV: ${csv.slice(0, 300)}`);
      if (csv.includes('LOGIN_FAILED')) throw new Error('the CSV ignores the kind filter');
    },
  },
  {
    name: 'the administrator adds the new organisation as partner and coordinator of the campaign (membership panel)',
    async run({ page }) {
      await page.getByRole('link', { name: 'Campaigns', exact: true }).click();
      const section = page.locator('section[aria-labelledby="membership-heading"]');
      await visible(section);
      await section.getByLabel('Campaign', { exact: true }).selectOption({ label: uniqueName });
      await section.getByLabel('Partner organisation', { exact: true }).selectOption(ORGANISATION.id);
      const added = await answerTo(page, 'POST', /^\/api\/campaigns\/[^/]+\/partners$/, () => section.getByRole('button', { name: 'Add partner' }).click());
      if (added.status() !== 200) throw new Error(`POST partners answered ${added.status()}: ${await added.text()}`);
      await visible(section.getByRole('status').filter({ hasText: 'is now a partner of this campaign' }));
      await visible(section.locator('dl.membership li').filter({ hasText: ORGANISATION.id }));
      await section.getByLabel('Coordinating organisation', { exact: true }).selectOption(ORGANISATION.id);
      const set = await answerTo(page, 'POST', /^\/api\/campaigns\/[^/]+\/coordinator$/, () => section.getByRole('button', { name: 'Set coordinator' }).click());
      if (set.status() !== 200) throw new Error(`POST coordinator answered ${set.status()}: ${await set.text()}`);
      await visible(section.getByRole('status').filter({ hasText: 'now coordinates this campaign' }));
      // The coordinating organisation is no longer listed among the partners.
      await visible(section.locator('dl.membership dd').first().filter({ hasText: ORGANISATION.id }));
      await visible(section.getByText('No partner yet'));
    },
  },
  {
    name: 'the administrator creates an evaluator account (POST /api/admin/users)',
    async run({ page }) {
      const { status, body } = await fetchInPage(page, 'POST', '/api/admin/users', {
        username: EVALUATOR.username,
        password: EVALUATOR.password,
        roles: ['EVALUATOR'],
        organisation: null,
        mustChangePassword: false,
      });
      if (status !== 201) throw new Error(`POST /api/admin/users answered ${status}: ${body}`);
      await signOut(page);
    },
  },
  {
    name: 'the evaluator opens the framing dashboard: the claim counts for substantive non-refoulement, not yet substantiated',
    async run({ page }) {
      await signIn(page, EVALUATOR.username, EVALUATOR.password);
      await visible(page.getByText(`Signed in as ${EVALUATOR.username}`));
      // the numbers come without the id lists (ids=false): those are asked for when a number is opened
      const [numbers] = await Promise.all([
        page.waitForResponse((r) => isAnalyticsJson(r, 'false')),
        page.getByRole('link', { name: 'Framing analytics (evaluators)' }).click(),
      ]);
      const answered = await numbers.json();
      if (numbers.status() !== 200 || !answered.every((r) => r.actionIds === null && r.claimIds === null)) {
        throw new Error(`the dashboard's first request answered ${numbers.status()} with ids: ${JSON.stringify(answered).slice(0, 300)}`);
      }
      await visible(page.getByRole('heading', { level: 1, name: 'Framing analytics' }));
      await poll('the address /analytics', () => pathOf(page) === '/analytics' || pathOf(page));
      if (new URL(page.url()).searchParams.has('ids')) throw new Error(`ids is in the page's address: ${page.url()}`);
      const { row, cells } = await avenueCells(page);
      journey.before = cells;
      if (Number(cells[COLUMN.claimed]) < 1) throw new Error(`no claimed reform in the row: ${cells.join(' | ')}`);
      if (Number(cells[COLUMN.actions]) === 1 && (cells[COLUMN.substantiated] !== '0' || cells[COLUMN.creditSubstantiated] !== '0.00')) {
        throw new Error(`before any substantiation the row shows ${cells.join(' | ')}`);
      }
      await visible(row.getByText('fewer than 5 records: read with care'));
      await visible(page.getByRole('columnheader', { name: 'Followed by progressive reforms within 36 months — association, not causation' }));
      await visible(page.locator('figure.chart svg').first());
    },
  },
  {
    name: 'the evaluator follows the number of claimed reforms to the claim and substantiates it; the claim shows as substantiated',
    async run({ page }) {
      const { row } = await avenueCells(page);
      const claimed = row.getByRole('cell').nth(COLUMN.claimed);
      // opening the number asks for the same selection with its ids
      const [withIds] = await Promise.all([page.waitForResponse((r) => isAnalyticsJson(r, 'true')), claimed.locator('summary').click()]);
      if (withIds.status() !== 200) throw new Error(`the request for the ids answered ${withIds.status()}`);
      const link = claimed.getByRole('link', { name: `Claim ${journey.claimId.slice(0, 8)}` });
      await visible(link);
      if ((await link.getAttribute('href')) !== `/contributions/${journey.claimId}`) throw new Error(`the claim link is ${await link.getAttribute('href')}`);
      await link.click();
      await visible(page.getByRole('heading', { level: 1, name: 'Contribution claim (Significant)' }));
      await visible(page.getByTestId('claim-status').filter({ hasText: 'Not yet substantiated' }));
      if (await page.getByRole('button', { name: 'Correct' }).count()) throw new Error('an evaluator is offered the correction');
      const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Substantiate or dispute' }) });
      await form.getByLabel(/^Substantiator \(/).fill('Prof. E2E Independent');
      await form.getByLabel(/^Substantiator’s role/).fill('Law professor');
      await form.getByLabel(/^Independence/).selectOption({ label: 'Independent' });
      await form.getByLabel(/^Agrees with the outcome/).selectOption({ label: 'Fully' });
      await form.getByLabel(/^Agrees with its significance/).selectOption({ label: 'Fully' });
      await form.getByLabel(/^Agrees with the contribution/).selectOption({ label: 'Partly' });
      await form.getByLabel('Comments', { exact: true }).fill('Cited in the committee report');
      const response = await answerTo(page, 'POST', `/api/contributions/${journey.claimId}/substantiations`, () =>
        form.getByRole('button', { name: 'Record substantiation' }).click(),
      );
      if (response.status() !== 201) throw new Error(`POST substantiations answered ${response.status()}: ${await response.text()}`);
      await visible(form.getByRole('status').filter({ hasText: 'The substantiation was recorded.' }));
      await visible(page.getByTestId('claim-status').filter({ hasText: /Status:\s*Substantiated/ }));
      const table = page.getByRole('table', { name: 'Substantiations of this claim' });
      const text = await table.innerText();
      for (const part of ['Prof. E2E Independent', 'Law professor', 'Independent', 'Fully', 'Partly', 'Cited in the committee report', EVALUATOR.username]) {
        if (!text.includes(part)) throw new Error(`the substantiations lack "${part}": ${text}`);
      }
    },
  },
  {
    name: 'the dashboard now counts the reform as substantiated, with substantiated credit, for substantive non-refoulement',
    async run({ page }) {
      await page.getByRole('link', { name: 'Framing analytics (evaluators)' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Framing analytics' }));
      const before = journey.before;
      // The cached figures may show first, until the dashboard has read them again.
      let cells = [];
      await poll('one more substantiated reform', async () => {
        ({ cells } = await avenueCells(page));
        return Number(cells[COLUMN.substantiated]) === Number(before[COLUMN.substantiated]) + 1 || `substantiated ${before[COLUMN.substantiated]} → ${cells[COLUMN.substantiated]}`;
      });
      if (!(Number(cells[COLUMN.creditSubstantiated]) > Number(before[COLUMN.creditSubstantiated]))) {
        throw new Error(`credit (substantiated) went from ${before[COLUMN.creditSubstantiated]} to ${cells[COLUMN.creditSubstantiated]}`);
      }
      if (!/^\d+\.\d{2}$/.test(cells[COLUMN.creditAll])) throw new Error(`credit is shown as "${cells[COLUMN.creditAll]}"`);
      journey.after = cells;
    },
  },
  {
    name: 'the evaluator exports the framing table as CSV (Accept: text/csv) and gets the documented header line',
    async run({ page }) {
      const [download, response] = await Promise.all([
        page.waitForEvent('download'),
        page.waitForResponse((r) => new URL(r.url()).pathname === '/api/analytics/framings' && r.request().headers().accept === 'text/csv'),
        page.getByRole('button', { name: 'Export CSV: framings and avenues' }).click(),
      ]);
      if (response.status() !== 200) throw new Error(`the CSV export answered ${response.status()}`);
      const csv = readFileSync(await download.path(), 'utf8');
      const header = csv.split(/\r?\n/)[0];
      const expected = 'framing,avenue,legalBasis,actions,claimedReforms,substantiatedReforms,disputedReforms,progressive,regressive,creditAll,creditSubstantiated,medianLagMonths,minLagMonths,maxLagMonths,lagImprecise,associatedReforms,reachRecognizedBefore,reachRecognizedAfter,reachComplementaryBefore,reachComplementaryAfter,smallSample,actionIds,reformIds,associatedReformIds,claimIds,substantiatedReformIds,disputedReformIds,progressiveReformIds,regressiveReformIds,substantiatedClaimIds,disputedClaimIds,actionLinks,reformLinks,claimLinks';
      if (header !== expected) throw new Error(`the CSV header is ${header}`);
      if (!csv.includes(journey.claimId)) throw new Error('the CSV does not name the claim');
      if (!csv.includes(`/contributions/${journey.claimId}`)) throw new Error('the CSV does not link the claim');
      if (!download.suggestedFilename().endsWith('.csv')) throw new Error(`the file is named ${download.suggestedFilename()}`);
    },
  },
  {
    name: 'the evaluator downloads the credit chart as PNG: drawn on a canvas at twice its size (the CSP lets the SVG load as a data: image)',
    optional: true,
    async run({ page }) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download chart (PNG)' }).click()]);
      if (!/^framing-credit-\d{4}-\d{2}-\d{2}\.png$/.test(download.suggestedFilename())) throw new Error(`the file is named ${download.suggestedFilename()}`);
      const png = readFileSync(await download.path());
      if (png.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error(`not a PNG: it starts with ${png.subarray(0, 8).toString('hex')}`);
      // IHDR: width and height, big-endian, at bytes 16 and 20; the chart is 760 by 360 CSS pixels
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      if (width !== 1520 || height !== 720) throw new Error(`the PNG is ${width} by ${height}`);
      // Something is drawn on the white: an all-white image, however filtered, inflates to bytes 0-4 and 255 only.
      const chunks = [];
      for (let at = 8; at < png.length; ) {
        const length = png.readUInt32BE(at);
        if (png.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
        at += 12 + length;
      }
      const pixels = inflateSync(Buffer.concat(chunks));
      const drawn = pixels.filter((byte) => byte > 4 && byte < 255).length;
      if (drawn < 1000) throw new Error(`the PNG looks blank (${drawn} bytes other than white)`);
    },
  },
  {
    name: 'as of yesterday the dashboard shows the earlier record: a banner, the date in the address, and no substantiation (nothing at all on a fresh server)',
    async run({ page }) {
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      await page.getByLabel('As of', { exact: true }).fill(yesterday);
      await answerTo(page, 'GET', '/api/analytics/framings', () => page.getByRole('button', { name: 'Show', exact: true }).click());
      await poll('asOf in the address', () => new URL(page.url()).searchParams.get('asOf') === yesterday || page.url());
      await visible(page.getByTestId('as-of-banner').filter({ hasText: 'Showing the record as it stood on' }));
      const after = journey.after;
      // The journey's action, claim and substantiation were all recorded today.
      await poll('the figures as of yesterday', async () => {
        const { cells } = await avenueCells(page);
        const wrong = ['actions', 'claimed', 'substantiated'].filter((column) => Number(cells[COLUMN[column]]) !== Number(after[COLUMN[column]]) - 1);
        return wrong.length === 0 || `as of yesterday ${wrong.map((c) => `${c} ${cells[COLUMN[c]]}`).join(', ')}; today ${after.join(' | ')}`;
      });
      if (Number(after[COLUMN.actions]) === 1) {
        // A fresh server (the packaged-jar run): as of yesterday the record was empty.
        const table = page.getByRole('table', { name: 'Framings and avenues of humanitarian protection' });
        const values = (await table.locator('tbody td').allInnerTexts()).map((v) => v.trim());
        const nonZero = values.filter((v) => !['0', '0.00', '—'].includes(v));
        if (nonZero.length > 0) throw new Error(`as of yesterday the table still shows ${nonZero.join(', ')}`);
        await visible(page.getByTestId('legal-bases-empty').filter({ hasText: 'No records match this selection.' }));
      }
    },
  },
  {
    name: 'the timeline as of yesterday has the banner, asOf in the address and the request, and none of the campaign’s entries',
    async run({ page }) {
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      await page.getByRole('link', { name: 'Timeline', exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Timeline' }));
      await page.getByLabel('Campaign', { exact: true }).selectOption({ label: uniqueName });
      await answerTo(page, 'GET', '/api/timeline', () => page.getByRole('button', { name: 'Apply filters' }).click());
      await visible(page.getByRole('list', { name: 'Timeline entries' }).getByRole('link', { name: ACTOR }));
      await page.getByLabel('As of', { exact: true }).fill(yesterday);
      // wait for the as-of request itself: a refetch of today's timeline may answer first
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'GET' && new URL(r.url()).pathname === '/api/timeline'
          && new URL(r.url()).searchParams.get('asOf') === yesterday),
        page.getByRole('button', { name: 'Apply filters' }).click(),
      ]);
      if (response.status() !== 200) throw new Error(`GET /api/timeline as of yesterday answered ${response.status()}: ${await response.text()}`);
      await poll('asOf in the address', () => new URL(page.url()).searchParams.get('asOf') === yesterday || page.url());
      await visible(page.getByTestId('as-of-banner').filter({ hasText: 'Showing the record as it stood on' }));
      // The campaign was launched today: as of yesterday it had no entries.
      await visible(page.getByText('No entries match these filters.'));
    },
  },
  {
    name: 'the framing dashboard has no serious accessibility violations (axe)',
    optional: true,
    run: ({ page }) => checkAccessibility(page),
  },
];

// --- runner --------------------------------------------------------------------------------

function summary(passed, failed) {
  console.log(`${passed} passed, ${failed} failed`);
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    if (process.env.CHROMIUM_PATH) console.log(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
    console.log("SKIPPED browser tests: no Chromium found (install Debian's chromium package)");
    return 0;
  }

  console.log(`e2e: BASE_URL=${BASE_URL} chromium=${executablePath}`);

  try {
    await waitForBaseUrl();
  } catch (error) {
    console.log(`FAIL ${error.message}`);
    summary(0, 1);
    return 1;
  }

  if (!USERNAME || !PASSWORD) {
    console.log('FAIL E2E_USERNAME and E2E_PASSWORD must name a user allowed to launch campaigns (ADMIN or COORDINATOR)');
    summary(0, 1);
    return 1;
  }

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  let passed = 0;
  let failed = 0;
  try {
    const context = await browser.newContext({ locale: 'en-US', baseURL: BASE_URL, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.setDefaultNavigationTimeout(30_000);
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // "Failed to load resource" is the browser noting an HTTP error status, which some steps expect.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(`console: ${message.text()}`);
    });

    let broken = false;
    for (const [index, step] of steps.entries()) {
      const label = `${index + 1}. ${step.name}`;
      if (broken) {
        console.log(`FAIL ${label} (not run: an earlier step failed)`);
        failed += 1;
        continue;
      }
      const started = Date.now();
      try {
        const outcome = await step.run({ page });
        if (typeof outcome === 'string' && outcome.startsWith('skip')) {
          console.log(`SKIP ${label}: ${outcome.slice(5).trim()}`);
          continue;
        }
        console.log(`PASS ${label} (${Date.now() - started} ms)`);
        passed += 1;
      } catch (error) {
        failed += 1;
        if (!step.optional) broken = true;
        console.log(`FAIL ${label} (${Date.now() - started} ms)`);
        console.log(`     ${String(error?.message ?? error).split('\n').join('\n     ')}`);
        console.log(`     at ${page.url()}`);
        for (const line of pageErrors.splice(0)) console.log(`     ${line}`);
        try {
          mkdirSync(ARTIFACTS_DIR, { recursive: true });
          const file = path.join(ARTIFACTS_DIR, `step-${index + 1}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(`     screenshot: ${file}`);
        } catch {
          // no screenshot then
        }
      }
    }
    await context.close();
  } finally {
    await browser.close();
  }
  summary(passed, failed);
  return failed > 0 ? 1 : 0;
}

const watchdog = setTimeout(() => {
  console.log(`FAIL the e2e run took longer than ${OVERALL_TIMEOUT_MS / 1000} s`);
  summary(0, 1);
  process.exit(1);
}, OVERALL_TIMEOUT_MS);
watchdog.unref();

main().then(
  (code) => process.exit(code),
  (error) => {
    console.log(`FAIL ${error?.stack ?? error}`);
    summary(0, 1);
    process.exit(1);
  },
);
