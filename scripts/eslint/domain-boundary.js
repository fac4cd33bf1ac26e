import path from 'node:path';

/**
 * `renderer/domain` is shared by the app, the CLI, the workers and the tests, so it may import only itself and
 * libraries that run anywhere. A list of forbidden relative patterns ('../db/*') missed the same import from one
 * folder deeper ('../../db/db'); this rule resolves every relative import against the importing file instead, so
 * a way out of the domain is caught at any depth.
 */

/**
 * The translation core the domain uses from outside it: an i18next instance made with createInstance and the
 * locale files, no React. It runs in the PDF worker and the CLI as the domain does, and is held to the same rule
 * (eslint.config.js applies it to these files too).
 */
export const SHARED_CORE = ['renderer/i18n/instance.ts', 'renderer/i18n/resources.ts', 'renderer/i18n/options.ts'];

const FORBIDDEN_PACKAGES = [/^react(-|$|\/)/, /^dexie/, /^jspdf/, /^electron(\/|$)/, /^node:/, /^(fs|path|os|child_process|worker_threads)(\/|$)/];

const inside = (dir, target) => {
  const rel = path.relative(dir, target);
  return !rel.startsWith('..') && !path.isAbsolute(rel);
};

/** @type {import('eslint').Rule.RuleModule} */
export const domainBoundary = {
  meta: {
    type: 'problem',
    docs: { description: 'keep renderer/domain free of UI, storage, PDF, Electron and Node code' },
    schema: [],
    messages: {
      leaves: "'{{source}}' leaves renderer/domain: the domain may import only itself, the translation core and libraries that run in the app, the CLI and workers alike.",
      package: "'{{source}}' is UI, storage, PDF, Electron or Node code, which renderer/domain must not import.",
    },
  },
  create(context) {
    const root = context.cwd;
    const core = new Set(SHARED_CORE.map((f) => path.join(root, f).replace(/\.ts$/, '')));
    const allowed = (target) => inside(path.join(root, 'renderer', 'domain'), target) || inside(path.join(root, 'locales'), target)
      || core.has(target.replace(/\.(ts|js)$/, ''));
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        if (!allowed(path.resolve(path.dirname(context.filename), source))) context.report({ node, messageId: 'leaves', data: { source } });
      } else if (FORBIDDEN_PACKAGES.some((re) => re.test(source))) {
        context.report({ node, messageId: 'package', data: { source } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};
