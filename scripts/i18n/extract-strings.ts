/**
 * One-off converter kept for merges: a branch that still adds strings to a feature's `strings.ts` (three languages
 * in one TS object) is turned into `locales/<lang>/<namespace>.json` by running
 *   npx tsx scripts/i18n/extract-strings.ts renderer/features/x/strings.ts …
 * Each file is imported (it registers its namespace on the app's i18next), and the namespace it registered is
 * merged into the JSON files: keys already in the JSON keep their text unless the TS file says otherwise.
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

const LANGS = ['ru', 'uk', 'en'] as const;
type Bundle = Record<string, string>;
const registered: Record<string, Record<string, Bundle>> = {};
(globalThis as { __registerStrings?: unknown }).__registerStrings = (ns: string, strings: Record<string, Bundle>) => {
  registered[ns] = strings;
};

// The file is copied beside itself (so its relative imports still resolve) with `registerStrings` replaced by a
// recorder: the app no longer has that function.
for (const file of process.argv.slice(2)) {
  const source = readFileSync(file, 'utf8').replace(
    /import\s*\{([^}]*)\}\s*from\s*'[./]*i18n';/,
    (_m, names: string) => {
      const types = names.split(',').map((n) => n.trim()).filter((n) => n.startsWith('type ')).map((n) => n.slice(5));
      return `${types.map((t) => `type ${t} = Record<string, string>;`).join(' ')}\nconst registerStrings = (globalThis as any).__registerStrings;`;
    },
  );
  const copy = resolve(dirname(file), `.extract-${Date.now()}.ts`);
  writeFileSync(copy, source);
  try {
    await import(pathToFileURL(copy).href);
  } finally {
    rmSync(copy);
  }
}

for (const [ns, byLang] of Object.entries(registered)) {
  const order = Object.keys(byLang.en ?? {});
  for (const lang of LANGS) {
    const path = resolve('locales', lang, `${ns}.json`);
    const before: Record<string, string> = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
    const merged: Record<string, string> = { ...before };
    for (const key of order) merged[key] = byLang[lang]?.[key] ?? merged[key];
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(merged, null, 2)}\n`);
    console.log(`${path}: ${Object.keys(merged).length} keys`);
  }
}
