#!/usr/bin/env node
// Refreshes the example outputs in README.md: every block written as
//
//   <!-- example: statements freq --top 5 seeds -->
//   ```
//   …output…
//   ```
//
// is re-run from the project root (the built CLI, no colour, tables 100
// columns wide) and its output put between the fences, so the README shows
// what the tool really prints. Shell pipes in the command are allowed.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readmePath = `${root}README.md`;
const readme = readFileSync(readmePath, 'utf8');
const block = /<!-- example: (.+?) -->\n```[a-z]*\n[\s\S]*?```/g;
const updated = readme.replace(block, (whole, command) => {
  // A shell function stands in for the installed command, wherever it appears in a pipeline.
  const shell = `statements() { node '${root}bin/statements.js' "$@"; }; ${command}`;
  const output = execSync(shell, { cwd: root, encoding: 'utf8', shell: '/bin/bash', env: { ...process.env, NO_COLOR: '1', COLUMNS: '100' } });
  // CSV lines end in CRLF (RFC 4180); the README shows them as plain lines.
  return `<!-- example: ${command} -->\n\`\`\`\n${output.replace(/\r\n/g, '\n').trimEnd()}\n\`\`\``;
});
writeFileSync(readmePath, updated);
console.error(`README.md: ${(readme.match(block) ?? []).length} examples refreshed`);
