#!/usr/bin/env node
// Lints the Firefox build with Mozilla's addons-linter (through web-ext). Errors fail; warnings are
// printed. innerHTML warnings come from Preact's own renderer (dangerouslySetInnerHTML support, which
// Dossier never uses — tests/security checks our sources for HTML sinks).
import { execFileSync } from 'node:child_process';

const out = execFileSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--self-hosted', '--output', 'json'],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
);
const report = JSON.parse(out.slice(out.indexOf('{')));
for (const w of report.warnings) console.log(`warning ${w.code} ${w.file ?? ''}: ${w.message}`);
for (const e of report.errors) console.log(`ERROR ${e.code} ${e.file ?? ''}: ${e.message}`);
console.log(`Firefox lint: ${report.errors.length} errors, ${report.warnings.length} warnings`);
process.exit(report.errors.length ? 1 : 0);
