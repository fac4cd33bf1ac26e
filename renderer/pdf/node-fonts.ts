import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontBytes } from './fonts';

/** For Node callers (tests, bench, CLI): jsPDF 4 refuses file reads there, so the bytes are read here and passed in. */
export function readDejaVuFonts(): FontBytes {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return {
    regular: new Uint8Array(readFileSync(join(dir, 'DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(join(dir, 'DejaVuSans-Bold.ttf'))),
  };
}
