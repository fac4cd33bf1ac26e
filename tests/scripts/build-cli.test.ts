import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { freshBuild } from '../../scripts/build-cli.mjs';
import { ROOT, siteproof } from '../cli/run';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A checkout with one source and a build made at `builtAt` from it. */
function checkout(builtAt: number) {
  const root = mkdtempSync(join(tmpdir(), 'siteproof-cli-'));
  roots.push(root);
  mkdirSync(join(root, 'cli'));
  mkdirSync(join(root, 'dist-cli', 'build-1'), { recursive: true });
  writeFileSync(join(root, 'cli', 'main.ts'), 'export {}');
  writeFileSync(join(root, 'dist-cli', 'build-1', 'siteproof.js'), 'export {}');
  writeFileSync(join(root, 'dist-cli', 'current.json'), JSON.stringify({ dir: 'build-1', builtAt, inputs: ['cli/main.ts'] }));
  const source = join(root, 'cli', 'main.ts');
  return { root, source, entry: join(root, 'dist-cli', 'build-1', 'siteproof.js') };
}

describe('freshBuild: the bin runs the bundle only while it matches its sources', () => {
  it('uses a build made after its sources', () => {
    const { root, source, entry } = checkout(Date.now());
    utimesSync(source, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect(freshBuild(root)).toBe(entry);
  });

  it('rebuilds when a source was edited after the build', () => {
    const { root, source } = checkout(Date.now() - 60_000);
    utimesSync(source, new Date(), new Date());
    expect(freshBuild(root)).toBeUndefined();
  });

  it('rebuilds when a source the build was made from is gone, or there is no build', () => {
    const { root, source } = checkout(Date.now());
    rmSync(source);
    expect(freshBuild(root)).toBeUndefined();
    rmSync(join(root, 'dist-cli'), { recursive: true });
    expect(freshBuild(root)).toBeUndefined();
  });
});

describe('the installed command', () => {
  it('runs the built JavaScript, not TypeScript compiled at run time', () => {
    const bin = readFileSync(join(ROOT, 'bin', 'siteproof.mjs'), 'utf8');
    expect(bin).not.toMatch(/tsx/);
    const r = siteproof(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: siteproof COMMAND');
    const entry = freshBuild(ROOT);
    expect(entry).toMatch(/dist-cli[\\/]build-[^\\/]+[\\/]siteproof\.js$/);
    // Starting the CLI loads none of the package code: nothing the entry imports statically, chunk by chunk, pulls
    // in zod, fflate or jsPDF (each command's own chunk does, when that command is asked for).
    const seen = new Set<string>();
    const modules = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from\s*"([^"]+)"/gm)) {
        if (spec.startsWith('./')) walk(join(dirname(file), spec));
        else modules.add(spec);
      }
    };
    walk(entry);
    expect(seen.size).toBeGreaterThan(1);
    expect([...modules].filter((m) => /^(zod|fflate|jspdf|papaparse)/.test(m))).toEqual([]);
  });
});
