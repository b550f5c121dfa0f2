import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, SHARED } from './cli/helpers.js';

// The floors on the dev gold (../shared/eval/dev), scored by the
// project's scorer exactly as the README shows. The same floors are what
// unseen articles are judged against, so a drop here is a real regression.
const FLOORS = {
  mentionF1: 0.9,
  documentEntityF1: 0.93,
  cueF1: 0.9,
  speakerAccuracy: 0.92,
  contentTokenF1: 0.85,
};

interface Score {
  mentions: { micro: { f1: number }; docLevel: { f1: number } };
  statements: { cue: { f1: number }; speakerAccuracy: number; contentTokenF1: number };
}

describe('accuracy on the dev gold', () => {
  it('stays above the floors for entity mentions and statements', () => {
    const docs = join(SHARED, 'eval', 'dev', 'docs');
    const mentions = runCli(['entities', '--mentions', '--format', 'ndjson', docs]);
    const quotes = runCli(['quotes', '--format', 'ndjson', docs]);
    expect(mentions.code).toBe(0);
    expect(quotes.code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'statements-accuracy-'));
    writeFileSync(join(dir, 'm.ndjson'), mentions.stdout);
    writeFileSync(join(dir, 'q.ndjson'), quotes.stdout);
    const scored = spawnSync(
      process.execPath,
      [join(SHARED, 'eval', 'score.mjs'), '--gold', join(SHARED, 'eval', 'dev', 'gold.jsonl'), '--mentions', join(dir, 'm.ndjson'), '--statements', join(dir, 'q.ndjson'), '--json'],
      { encoding: 'utf8' },
    );
    expect(scored.status).toBe(0);
    const score = JSON.parse(scored.stdout) as Score;
    const measured = {
      mentionF1: score.mentions.micro.f1,
      documentEntityF1: score.mentions.docLevel.f1,
      cueF1: score.statements.cue.f1,
      speakerAccuracy: score.statements.speakerAccuracy,
      contentTokenF1: score.statements.contentTokenF1,
    };
    for (const [name, floor] of Object.entries(FLOORS)) {
      expect({ name, value: measured[name as keyof typeof measured] >= floor ? 'ok' : measured[name as keyof typeof measured] }).toEqual({ name, value: 'ok' });
    }
  });
});
