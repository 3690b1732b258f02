#!/usr/bin/env node
// `npm test`: typecheck, unit tests, build both browsers, Firefox manifest lint, end-to-end tests in
// real Chromium, and the engine's eval on dev splits. CI reads no vitest summary, so the last line
// is our own "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, existsSync, mkdirSync } from 'node:fs';

const report = 'artifacts/vitest.json';
// What the browsers of a failed e2e test said (tests/e2e/failure-log.ts): this run's only.
const failureLogs = 'artifacts/e2e-logs';
/** Lines of each failure log shown here: the end, where the failure is. */
const FAILURE_LOG_TAIL = 40;
mkdirSync('artifacts', { recursive: true });
rmSync(failureLogs, { recursive: true, force: true });
let failedSteps = 0;
const failedStepNames = [];

function step(name, cmd, args) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    failedSteps++;
    failedStepNames.push(name);
    console.log(`=== ${name} FAILED (exit ${r.status})`);
  }
  return r.status === 0;
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
const built = step('build', 'npm', ['run', '-s', 'build']);
if (built && existsSync('scripts/lint-firefox.mjs')) step('firefox lint', 'node', ['scripts/lint-firefox.mjs']);
if (existsSync(report)) rmSync(report);
const vitestFailed = !step('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
if (existsSync('scripts/eval.ts')) step('eval (dev splits)', 'npx', ['tsx', 'scripts/eval.ts', '--split', 'dev', '--check']);

let passed = 0;
let failed = 0;
let vitestFailures = [];
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  if (r.numTotalTests === 0) failed++;
  vitestFailures = failuresIn(r);
} else failed++;
// A failing test already fails the vitest step: count the step only when no test accounts for it.
failed += failedSteps - (vitestFailed && failed > 0 ? 1 : 0);
// CI keeps only the tail of the output, which the eval report fills: name what failed here, last.
if (vitestFailures.length) {
  console.log('\nFailed tests:');
  for (const line of vitestFailures) console.log(line);
}
for (const name of existsSync(failureLogs) ? readdirSync(failureLogs).sort() : []) {
  const lines = readFileSync(`${failureLogs}/${name}`, 'utf8').trimEnd().split('\n');
  console.log(`\nWhat the browsers said, the last ${Math.min(FAILURE_LOG_TAIL, lines.length)} of ${lines.length} lines (${failureLogs}/${name}):`);
  for (const line of lines.slice(-FAILURE_LOG_TAIL)) console.log(`  ${line.slice(0, 300)}`);
}
if (failedStepNames.length) console.log(`Failed steps: ${failedStepNames.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/** One line per failed test or broken suite: file, test name, and the first line of the error. */
function failuresIn(report) {
  const lines = [];
  for (const file of report.testResults ?? []) {
    const where = file.name.replace(process.cwd() + '/', '');
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
      lines.push(`  ${where}: ${firstLine(file.message)}`);
    }
    for (const test of file.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      lines.push(`  ${where} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    }
  }
  return lines;
}

function firstLine(text) {
  return (text ?? '').split('\n').find((l) => l.trim())?.trim().slice(0, 300) ?? '';
}
