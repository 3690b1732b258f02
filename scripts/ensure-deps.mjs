#!/usr/bin/env node
// Runs before `npm start` and `npm test` so each is one command on a fresh machine: installs the npm
// dependencies when they are missing, and Debian's Chromium when it is missing and we are root.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

if (!existsSync('node_modules/.bin/wxt') || !existsSync('node_modules/.bin/tsx')) {
  console.log('Installing npm dependencies (npm ci)…');
  run('npm ci --no-audit --no-fund');
}
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.getuid?.() === 0) {
    console.log("Installing Debian's chromium (apt-get)…");
    run('apt-get update -qq');
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  } else {
    console.warn(`Chromium is missing at ${chromium}: run 'sudo apt-get install chromium' (or set CHROMIUM_PATH).`);
  }
}
