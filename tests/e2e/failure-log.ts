/**
 * e2e setup file: when a test fails, what its browsers said (journal.ts) goes to
 * artifacts/e2e-logs/, and `npm test` prints the end of it under the failure (scripts/test.mjs).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeEach } from 'vitest';
import { journalsOfThisFile } from './journal';
import { repoRoot } from '../../scripts/lib/serve';

const FAILURE_LOG_DIR = join(repoRoot, 'artifacts/e2e-logs');

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(async () => {
    for (const journal of journalsOfThisFile()) await journal.snapshot().catch(() => undefined);
    const file = basename(task.file.name).replace(/\.e2e\.ts$/, '');
    const name = `${file}--${task.name}`.replace(/[^\p{L}\p{N}-]+/gu, '-').slice(0, 120);
    const text = journalsOfThisFile()
      .map((j) => `--- ${j.label}\n${j.lines.join('\n')}`)
      .join('\n');
    mkdirSync(FAILURE_LOG_DIR, { recursive: true });
    writeFileSync(join(FAILURE_LOG_DIR, `${name}.log`), `${task.file.name} > ${task.name}\n${text}\n`);
  });
});
