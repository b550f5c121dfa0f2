import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The fuzz run of scripts/fuzz.mjs at a small size: hostile generated inputs
// through the built CLI must give exit codes 0, 1 or 2, one-line
// `statements:` messages, and never a stack trace or a hang.
// `npm run fuzz` runs 10,000 inputs.
describe('fuzz (small)', () => {
  it('survives 600 generated inputs through every command and kind of input reading', () => {
    const script = fileURLToPath(new URL('../../scripts/fuzz.mjs', import.meta.url));
    const result = spawnSync(process.execPath, [script, '--count', '600', '--seed', '3'], { encoding: 'utf8', timeout: 600_000 });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('0 with problems');
    expect(result.status).toBe(0);
  }, 660_000);
});
