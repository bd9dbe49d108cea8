#!/usr/bin/env node
'use strict';
const path = require('node:path');
const { existsSync } = require('node:fs');

const cli = path.join(__dirname, '..', 'dist', 'node', 'cli.cjs');
if (!existsSync(cli)) {
  process.stderr.write('kesher: not built yet; run "npm run build" in the Kesher folder first\n');
  process.exit(1);
}
require(cli)
  .runCli(process.argv.slice(2))
  .then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`kesher: ${error instanceof Error ? error.message : 'unexpected failure'}\n`);
      process.exit(1);
    },
  );
