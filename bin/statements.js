#!/usr/bin/env node
// Loads the compiled CLI; `npm install` compiles it (the `prepare` script).
import { main } from '../dist/cli/main.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
