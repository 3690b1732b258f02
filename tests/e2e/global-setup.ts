import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { extensionDir } from './harness';

/** e2e tests drive the built extension: build it once if `npm test` has not already. */
export default function setup() {
  if (!existsSync(`${extensionDir}/manifest.json`) || process.env.DOSSIER_REBUILD) {
    execSync('npx wxt build -b chrome', { stdio: 'inherit' });
  }
}
