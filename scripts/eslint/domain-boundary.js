import path from 'node:path';

/**
 * `renderer/domain` is shared by the app, the CLI, the workers and the tests, so it may import only itself and
 * libraries that run anywhere. A list of forbidden relative patterns ('../db/*') missed the same import from one
 * folder deeper ('../../db/db'); this rule resolves every relative import against the importing file instead, so
 * a way out of the domain is caught at any depth.
 */
const FORBIDDEN_PACKAGES = [/^react(-|$|\/)/, /^dexie/, /^jspdf/, /^electron(\/|$)/, /^node:/, /^(fs|path|os|child_process|worker_threads)(\/|$)/];

/** @type {import('eslint').Rule.RuleModule} */
export const domainBoundary = {
  meta: {
    type: 'problem',
    docs: { description: 'keep renderer/domain free of UI, storage, PDF, Electron and Node code' },
    schema: [],
    messages: {
      leaves: "'{{source}}' leaves renderer/domain: the domain may import only itself and libraries that run in the app, the CLI and workers alike.",
      package: "'{{source}}' is UI, storage, PDF, Electron or Node code, which renderer/domain must not import.",
    },
  },
  create(context) {
    const file = context.filename;
    const domainRoot = path.join(context.cwd, 'renderer', 'domain');
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const target = path.resolve(path.dirname(file), source);
        const rel = path.relative(domainRoot, target);
        if (rel.startsWith('..') || path.isAbsolute(rel)) context.report({ node, messageId: 'leaves', data: { source } });
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
