import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The boundary rule's messages for a file at `path` (relative to the repository) holding `code`. */
async function boundary(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return result.messages.filter((m) => m.ruleId === 'siteproof/domain-boundary').map((m) => m.message);
}

describe('the pure domain keeps to itself at any depth', () => {
  it('refuses a way out of renderer/domain from one folder down and from two', async () => {
    expect(await boundary('renderer/domain/probe.ts', "import { db } from '../db/db';\nexport const x = db;\n")).toHaveLength(1);
    expect(await boundary('renderer/domain/package/probe.ts', "import { db } from '../../db/db';\nexport const x = db;\n")).toHaveLength(1);
    expect(await boundary('renderer/domain/dossier/probe.ts', "export { Button } from '../../ui/Button';\n")).toHaveLength(1);
    expect(await boundary('renderer/domain/dossier/probe.ts', "export const f = () => import('../../pdf/render');\n")).toHaveLength(1);
  });

  it('refuses UI, storage, PDF, Electron and Node packages', async () => {
    for (const pkg of ['react', 'dexie', 'jspdf', 'electron', 'node:fs', 'path']) {
      expect(await boundary('renderer/domain/package/probe.ts', `import * as m from '${pkg}';\nexport const x = m;\n`), pkg).toHaveLength(1);
    }
  });

  it('lets the domain import itself and libraries that run anywhere', async () => {
    expect(await boundary('renderer/domain/package/probe.ts', "import { z } from 'zod';\nimport { fill } from '../dossier/format';\nexport const x = [z, fill];\n")).toEqual([]);
  });

  it('lets the domain use the translation core (no React), which is held to the same rule', async () => {
    expect(await boundary('renderer/domain/dossier/probe.ts', "import { translator } from '../../i18n/instance';\nexport const x = translator;\n")).toEqual([]);
    expect(await boundary('renderer/domain/dossier/probe.ts', "import { i18n } from '../../i18n';\nexport const x = i18n;\n")).toHaveLength(1);
    expect(await boundary('renderer/i18n/instance.ts', "import { useTranslation } from 'react-i18next';\nexport const x = useTranslation;\n")).toHaveLength(1);
  });

  it('does not apply outside the domain', async () => {
    expect(await boundary('renderer/features/probe.ts', "import { db } from '../db/db';\nexport const x = db;\n")).toEqual([]);
  });
});

describe('features do not import the app shell', () => {
  const restricted = async (path: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
  };
  it('refuses app/ from a feature, at any depth, and allows routing', async () => {
    expect(await restricted('renderer/features/visit/probe.ts', "import { App } from '../../app/App';\nexport const x = App;\n")).toBe(1);
    expect(await restricted('renderer/features/visit/tools/probe.ts', "import { App } from '../../../app/App';\nexport const x = App;\n")).toBe(1);
    expect(await restricted('renderer/features/visit/probe.ts', "import { href } from '../../routing/route';\nexport const x = href;\n")).toBe(0);
  });
});
