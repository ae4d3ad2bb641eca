#!/usr/bin/env node
// Runs the end-to-end journey (e2e/run.mjs) against the packaged application jar:
// starts `java -jar $LEDGER_JAR` on a free port over a fresh temporary data directory with a known
// administrator, waits until it is healthy, runs the journey, stops the application, and exits with
// the journey's exit code. Used by the Maven build (backend module, integration-test phase).
//
//   LEDGER_JAR   path to backend/target/advocacy-ledger.jar (required)
//   JAVA         the java executable (default: $JAVA_HOME/bin/java, else java on PATH)

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const jar = process.env.LEDGER_JAR;
if (!jar) {
  console.error('LEDGER_JAR is not set');
  process.exit(2);
}
const java = process.env.JAVA || (process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitHealthy(url, child, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the application exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the application did not become healthy within ${seconds} s`);
}

const port = await freePort();
const dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-e2e-'));
const password = randomBytes(18).toString('base64url');
const logFile = path.join(dataDir, 'app.log');
const log = openSync(logFile, 'w');
const app = spawn(java, ['-Xmx768m', '-jar', jar], {
  env: {
    ...process.env,
    SERVER_PORT: String(port),
    LEDGER_DATA_DIR: path.join(dataDir, 'data'),
    LEDGER_MONGODB_URI: '',
    LEDGER_ADMIN_USERNAME: 'admin',
    LEDGER_ADMIN_PASSWORD: password,
    AXONIQ_UPDATE_CHECKER_DISABLED: 'true',
  },
  stdio: ['ignore', log, log],
});

let code = 1;
try {
  const base = `http://127.0.0.1:${port}`;
  await waitHealthy(`${base}/actuator/health`, app, 120);
  console.log(`Application started from ${jar} on ${base} (log: ${logFile})`);
  code = await new Promise((resolve) => {
    const journey = spawn(process.execPath, [path.join(here, 'run.mjs')], {
      env: {
        ...process.env,
        BASE_URL: base,
        E2E_USERNAME: 'admin',
        E2E_PASSWORD: password,
        // The journey creates this coalition partner through POST /api/admin/users, as the administrator.
        E2E_PARTNER_USERNAME: 'partner-e2e',
        E2E_PARTNER_PASSWORD: `Partner-${randomBytes(15).toString('base64url')}`,
      },
      stdio: 'inherit',
    });
    journey.on('exit', (exit) => resolve(exit ?? 1));
  });
} catch (error) {
  console.error(`End-to-end run failed: ${error.message} (application log: ${logFile})`);
  code = 1;
} finally {
  app.kill('SIGTERM');
  await new Promise((resolve) => {
    const timer = setTimeout(() => { app.kill('SIGKILL'); resolve(); }, 15000);
    app.on('exit', () => { clearTimeout(timer); resolve(); });
  });
  if (code === 0) rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
