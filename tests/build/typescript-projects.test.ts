import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Three TypeScript projects keep the boundaries by compiling each part with only the globals it may use: the pure
 * domain (no DOM, no Node), the main process (Node, no DOM) and the rest (renderer with the DOM, tests, CLI).
 * Probes compile a few lines under each project's options and show that a wrong global fails there.
 */
const root = path.resolve(__dirname, '../..');

function options(project: string): ts.ParsedCommandLine {
  const file = path.join(root, project);
  const config = ts.readConfigFile(file, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, file);
}

/** Diagnostics of one probe file compiled alone with a project's compiler options. */
function probe(project: string, code: string): string[] {
  const parsed = options(project);
  const fileName = path.join(root, project === 'tsconfig.electron.json' ? 'electron' : 'renderer/domain', '__probe__.ts');
  const host = ts.createCompilerHost({ ...parsed.options, noEmit: true });
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (path.resolve(name) === fileName ? code : readFile(name));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === fileName || fileExists(name);
  const program = ts.createProgram([fileName], { ...parsed.options, noEmit: true, composite: false, emitDeclarationOnly: false }, host);
  return ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === fileName)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return tsFiles(full);
    return /\.tsx?$/.test(name) ? [path.relative(root, full)] : [];
  });
}

describe('TypeScript projects', () => {
  it('compiles the domain without the DOM: document and window are unknown there', () => {
    expect(probe('tsconfig.domain.json', 'export const n = document.title.length;').join()).toMatch(/Cannot find name 'document'/);
    expect(probe('tsconfig.domain.json', 'export const w = window;').join()).toMatch(/Cannot find name 'window'/);
    expect(probe('tsconfig.domain.json', 'export const s = [1, 2].at(-1);')).toEqual([]);
  });

  it('compiles the main process without the DOM but with Node', () => {
    expect(probe('tsconfig.electron.json', 'export const n = document.title;').join()).toMatch(/Cannot find name 'document'/);
    expect(probe('tsconfig.electron.json', 'export const v = process.versions.node;')).toEqual([]);
  });

  it('puts every domain and main-process file in exactly one project', () => {
    const domain = new Set(options('tsconfig.domain.json').fileNames.map((f) => path.relative(root, f)));
    const electron = new Set(options('tsconfig.electron.json').fileNames.map((f) => path.relative(root, f)));
    const rest = new Set(options('tsconfig.json').fileNames.map((f) => path.relative(root, f)));
    for (const file of tsFiles(path.join(root, 'renderer/domain'))) {
      expect(domain.has(file), file).toBe(true);
      expect(rest.has(file) || electron.has(file), file).toBe(false);
    }
    for (const file of tsFiles(path.join(root, 'electron'))) {
      expect(electron.has(file), file).toBe(true);
      expect(rest.has(file) || domain.has(file), file).toBe(false);
    }
    expect(rest.has('renderer/main.tsx')).toBe(true);
  });

  it('references both projects from the root, which the typecheck script builds', async () => {
    const refs = (options('tsconfig.json').projectReferences ?? []).map((r) => path.basename(r.path));
    expect(refs.sort()).toEqual(['tsconfig.domain.json', 'tsconfig.electron.json']);
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as { scripts: Record<string, string> };
    expect(pkg.scripts.typecheck).toMatch(/tsc -b tsconfig\.json/);
  });
});
