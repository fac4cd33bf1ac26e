import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One file-naming convention across the tree: React components are PascalCase.tsx, every other module, test,
 * script and folder is kebab-case (lower case, words joined by '-', dots for kinds such as .test or .worker).
 */
const root = path.resolve(__dirname, '../..');
const DIRS = ['renderer', 'electron', 'cli', 'scripts', 'bench', 'tests'];
const SKIP = new Set(['node_modules', 'out', 'public']);

function walk(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (SKIP.has(name)) return [];
    return statSync(path.join(root, rel)).isDirectory() ? [`${rel}/`, ...walk(rel)] : [rel];
  });
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PASCAL = /^[A-Z][A-Za-z0-9]*$/;

export function misnamed(entries: string[]): string[] {
  return entries.filter((entry) => {
    const isDir = entry.endsWith('/');
    const base = path.basename(entry);
    if (isDir) return !KEBAB.test(base);
    if (!/\.(ts|tsx|mjs|js|cjs|css|html)$/.test(base)) return false;
    const [stem, ...kinds] = base.split('.');
    if (!kinds.slice(0, -1).every((k) => KEBAB.test(k))) return true;
    if (base.endsWith('.tsx')) return !(PASCAL.test(stem!) || KEBAB.test(stem!));
    return !KEBAB.test(stem!);
  });
}

describe('file names', () => {
  it('tells a camelCase module, a kebab-case component and a PascalCase folder apart', () => {
    expect(misnamed(['a/saveQueue.ts', 'a/save-queue.ts', 'a/VisitPage.tsx', 'a/main.tsx', 'a/Photos/', 'a/derive.worker.ts', 'a/x.e2e.ts']))
      .toEqual(['a/saveQueue.ts', 'a/Photos/']);
  });

  it('follows the convention everywhere in the source and test tree', () => {
    expect(misnamed(DIRS.flatMap(walk))).toEqual([]);
  });
});
