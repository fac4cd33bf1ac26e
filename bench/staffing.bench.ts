import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkStaffing } from '../renderer/domain/staffing';
import { checkReport, parseIntervalsCsv } from '../renderer/domain/report';

/**
 * The staffing check on the path the user takes (`npx siteproof staffing … --json`, a fresh node process from
 * start to the JSON printed) and the domain function alone, for the sizes: 600 calls an hour and
 * 2 000 calls per 15 minutes, and the largest traffic the check accepts (100 000 Erlangs). Also the report
 * check on a month of 15-minute intervals read from CSV (2 976 rows).
 *
 * Run alone: node --import tsx bench/staffing.bench.ts
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'siteproof.mjs');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeIt(fn: () => void, rounds: number): number {
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

export interface StaffingBenchResult { cli: Record<string, number>; domain: Record<string, number>; reportMonthMs: number }

export default async function run(log: (line: string) => void = console.log): Promise<StaffingBenchResult> {
  const cases: Record<string, string[]> = {
    '600 calls / 60 min, AHT 240 s, offered 48': ['--calls', '600', '--interval', '60', '--aht', '240', '--offered', '48'],
    '2000 calls / 15 min, AHT 240 s, offered 560': ['--calls', '2000', '--interval', '15', '--aht', '240', '--offered', '560'],
  };
  const cli: Record<string, number> = {};
  for (const [name, args] of Object.entries(cases)) {
    cli[name] = timeIt(() => {
      const r = spawnSync(process.execPath, [BIN, 'staffing', ...args, '--service-level', '80/20', '--shrinkage', '30', '--json'], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`staffing failed: ${r.stderr}`);
    }, 5);
    log(`CLI ${name}: median ${cli[name].toFixed(0)} ms of 5 runs (process start to JSON printed)`);
  }
  const domainCases: Record<string, Parameters<typeof checkStaffing>[0]> = {
    '2000 calls / 15 min (533 Erlangs)': { calls: 2000, intervalMinutes: 15, ahtSeconds: 240, target: { percent: 80, seconds: 20 }, offered: 560 },
    '100 000 Erlangs, 95/10': { calls: 1_200_000, intervalMinutes: 60, ahtSeconds: 300, target: { percent: 95, seconds: 10 } },
  };
  const domain: Record<string, number> = {};
  for (const [name, input] of Object.entries(domainCases)) {
    let agents = 0;
    domain[name] = timeIt(() => {
      const r = checkStaffing(input);
      if (!r.ok) throw new Error(r.problems[0].message);
      agents = r.value.required.agents;
    }, 21);
    log(`checkStaffing ${name}: ${agents} agents, median ${domain[name].toFixed(2)} ms of 21 runs`);
  }
  const line = '2024-03-01 09:00,120,110,95,10,4,22000,3300,18,1500\n';
  const csv = `interval,offered,answered,answered_within,abandoned,abandoned_short,talk_time,acw_time,agents,wait_time\n${line.repeat(2976)}`;
  const reportMonthMs = timeIt(() => {
    const p = parseIntervalsCsv(csv, 15);
    const c = checkReport({ data: { thresholdSeconds: 20, rows: p.rows }, stated: { serviceLevel: 80 } });
    if (!c.ok || p.rows.length !== 2976) throw new Error('report check failed');
  }, 11);
  log(`report check, CSV of 2 976 intervals parsed and checked: median ${reportMonthMs.toFixed(1)} ms of 11 runs`);
  return { cli, domain, reportMonthMs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
