#!/usr/bin/env node
// `npm test`: typecheck, unit tests, build both browsers, Firefox manifest lint, end-to-end tests in
// real Chromium, and the engine's eval on dev splits. CI reads no vitest summary, so the last line
// is our own "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync, mkdirSync } from 'node:fs';

const report = 'artifacts/vitest.json';
mkdirSync('artifacts', { recursive: true });
let failedSteps = 0;

function step(name, cmd, args) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    failedSteps++;
    console.log(`=== ${name} FAILED (exit ${r.status})`);
  }
  return r.status === 0;
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
const built = step('build', 'npm', ['run', '-s', 'build']);
if (built && existsSync('scripts/lint-firefox.mjs')) step('firefox lint', 'node', ['scripts/lint-firefox.mjs']);
if (existsSync(report)) rmSync(report);
step('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
if (existsSync('scripts/eval.ts')) step('eval (dev splits)', 'npx', ['tsx', 'scripts/eval.ts', '--split', 'dev', '--check']);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  if (r.numTotalTests === 0) failed++;
} else failed++;
failed += failedSteps;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
