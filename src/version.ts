import { readFileSync } from 'node:fs';

/** goescape's own version, from package.json (dist/src/version.js → ../../package.json). */
export const VERSION: string = (() => {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
})();
