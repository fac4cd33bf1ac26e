import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hostileCorpus } from './hostile';

/** Writes the hostile corpus to a folder: `node --import tsx tests/corpus/write-hostile.ts DIR`. */
const dir = resolve(process.argv[2] ?? 'hostile-corpus');
mkdirSync(dir, { recursive: true });
for (const [name, bytes] of Object.entries(await hostileCorpus())) {
  writeFileSync(join(dir, name), bytes);
  console.log(`${join(dir, name)}  ${bytes.length} bytes`);
}
