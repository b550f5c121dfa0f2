import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, SEED } from '../cli/helpers.js';

// Golden files: the seed article through the CLI in every format. They are
// updated on purpose only (UPDATE_GOLDEN=1 npx vitest run tests/golden), after
// reading the new output by hand: the sentence boundaries here were checked
// against the dev gold's statement offsets (sentence 4 is 900–984, "Lavrov
// also expressed strong opposition…"; sentence 10 starts at 1839, "The two
// ministers both agreed…").
const FORMATS = ['table', 'tsv', 'csv', 'json', 'ndjson'] as const;
const CASES: { name: string; args: string[] }[] = [
  { name: 'seed-sentences', args: ['sentences', SEED] },
  { name: 'seed-freq-top10', args: ['freq', '--top', '10', SEED] },
];

describe('golden files of the seed article', () => {
  for (const { name, args } of CASES) {
    for (const format of FORMATS) {
      it(`${args[0]} as ${format}`, () => {
        const path = fileURLToPath(new URL(`./${name}.${format === 'table' ? 'table.txt' : format}`, import.meta.url));
        const result = runCli([...args, '--format', format]);
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('');
        if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(path)) writeFileSync(path, result.stdout);
        expect(result.stdout).toBe(readFileSync(path, 'utf8'));
      });
    }
  }
});
