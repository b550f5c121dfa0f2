import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push(match[1] ?? match[2] ?? '');
  }
  return found;
}

// Direction is one way: cli → output → core (DESIGN.md). Core is pure: no I/O,
// no terminal, no commander; output is pure text.
const FORBIDDEN_IN_CORE = [/^node:fs/, /^fs$/, /^node:process/, /^node:child_process/, /^chalk$/, /^cli-table3$/, /^commander$/, /\/cli\//, /\/output\//];
const FORBIDDEN_IN_OUTPUT = [/^node:fs/, /^chalk$/, /^commander$/, /\/cli\//];

describe('architecture', () => {
  const files = sourceFiles(SRC);

  it('keeps core free of I/O, terminal and CLI modules', () => {
    const offences: string[] = [];
    for (const file of files.filter((f) => relative(SRC, f).startsWith('core'))) {
      for (const spec of importsOf(file)) if (FORBIDDEN_IN_CORE.some((re) => re.test(spec))) offences.push(`${relative(SRC, file)} imports ${spec}`);
      const text = readFileSync(file, 'utf8');
      if (/\bconsole\.|\bprocess\.(stdout|stderr|exit|argv|env)/.test(text)) offences.push(`${relative(SRC, file)} touches console or process`);
    }
    expect(offences).toEqual([]);
  });

  it('keeps output free of I/O and CLI modules', () => {
    const offences: string[] = [];
    for (const file of files.filter((f) => relative(SRC, f).startsWith('output'))) {
      for (const spec of importsOf(file)) if (FORBIDDEN_IN_OUTPUT.some((re) => re.test(spec))) offences.push(`${relative(SRC, file)} imports ${spec}`);
      if (/\bconsole\.|\bprocess\./.test(readFileSync(file, 'utf8'))) offences.push(`${relative(SRC, file)} touches console or process`);
    }
    expect(offences).toEqual([]);
  });

  it('analysing the seed article through the core prints nothing', async () => {
    const log = vi.spyOn(console, 'log');
    const stdout = vi.spyOn(process.stdout, 'write');
    const { parseDocument } = await import('../src/core/document.js');
    const { analyseText } = await import('../src/core/pipeline.js');
    const text = readFileSync(fileURLToPath(new URL('../seeds/2020-12-23-global-times-wang-yi-lavrov-call.txt', import.meta.url)), 'utf8');
    const analysed = analyseText(parseDocument({ id: 'seed', text }));
    expect(analysed.sentences).toHaveLength(13);
    expect(log).not.toHaveBeenCalled();
    expect(stdout).not.toHaveBeenCalled();
  });
});
