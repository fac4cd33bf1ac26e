import { z } from 'zod';

/**
 * zod, set up once for every realm that uses it (page, workers, CLI). The app's CSP allows no eval, yet zod probes
 * `new Function` on its first object parse to decide whether to compile parsers; the probe fails quietly but
 * Chromium still reports it as a CSP violation. In a page or worker (where the CSP applies) zod is told not to
 * probe; in Node (CLI, tests) it keeps compiling, which the CSP does not govern.
 */
const underCsp = typeof (globalThis as { document?: unknown }).document !== 'undefined' || typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined';
if (underCsp) z.config({ jitless: true });

export { z };
