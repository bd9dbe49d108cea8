// `npm start` rebuilds the SQLite addon for Electron's ABI when Electron is present; plain
// Node (tests, the CLI, browser mode) then cannot load it. Rebuild it for Node when that happened.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  new (require('better-sqlite3-multiple-ciphers'))(':memory:').close();
} catch (error) {
  if (!/NODE_MODULE_VERSION|was compiled against a different Node/.test(String(error?.message))) throw error;
  console.log('The SQLite addon was built for Electron; rebuilding it for Node (about a minute)…');
  execSync('npm rebuild better-sqlite3-multiple-ciphers', { stdio: 'inherit' });
}
