import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteproof } from './run';

const SLOW = 60_000;
let dir: string;
const at = (name: string) => join(dir, name);
const HEADER = 'interval;offered;answered;answered_within;abandoned;abandoned_short;talk_time;acw_time;agents;wait_time';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'siteproof-report-'));
  writeFileSync(at('march.csv'), `${HEADER}\n09:00;200;180;160;20;8;10:00:00;1:30:00;30;2700\n09:30;300;250;200;50;20;50000;7500;40;6250\n`);
  writeFileSync(at('bad.csv'), `${HEADER}\n09:00;200;180;160;20;8;10:00:00;1:30:00;30;2700\n09:30;many;250;200;50;20;50000;7500;40;6250\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARGS = ['--interval', '30', '--threshold', '20'];

describe('siteproof report-check', () => {
  it('flags a stated S/L and abandon rate that do not follow from the intervals, and names the definitions they do follow from', () => {
    const r = siteproof(['report-check', at('march.csv'), ...ARGS, '--stated', 'serviceLevel=84,abandonRate=8.9', '--stated', 'lsr=86']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2 intervals, 500 calls offered/);
    expect(r.out).toMatch(/serviceLevel +stated +84\.0 % +recomputed +72\.0 % +INCONSISTENT/);
    expect(r.out).toMatch(/follows from answered-only/);
    expect(r.out).toMatch(/abandonRate .* INCONSISTENT[\s\S]*follows from short-excluded/);
    expect(r.out).toMatch(/lsr .* CONSISTENT/);
    expect(r.out).toMatch(/key indicators missing from the report: avgTalk, avgAcw, callsPerAgent or callsPerAgentHour, agentHours, asa, shortAbandons/);
  }, SLOW);

  it('uses the client\'s definition when given, and prints JSON', () => {
    const r = siteproof(['report-check', at('march.csv'), ...ARGS, '--stated', 'abandonRate=8.9', '--definition', 'abandonRate=short-excluded', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { indicators: { id: string; status: string; definition: string }[] };
    expect(j.indicators.find((i) => i.id === 'abandonRate')).toMatchObject({ status: 'consistent', definition: 'short-excluded' });
  }, SLOW);

  it('names the line of a bad CSV and exits 1', () => {
    const r = siteproof(['report-check', at('bad.csv'), ...ARGS]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Line 3, column offered: "many" is not a number/);
  }, SLOW);

  it.each([
    [['--stated', 'speed=3'], /"speed" is not an indicator/],
    [['--stated', 'serviceLevel'], /takes KEY=VALUE/],
    [['--definition', 'serviceLevel=generous'], /serviceLevel is one of all-offered, short-excluded, answered-only/],
    [['--interval', '0'], /--interval must be more than 0/],
    [['--threshold', '-1'], /--threshold|argument is ambiguous/],
  ])('refuses %j with exit 2', (extra, message) => {
    const r = siteproof(['report-check', at('march.csv'), ...ARGS, ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  }, SLOW);

  it('says when the file is not there (exit 4)', () => {
    const r = siteproof(['report-check', at('nope.csv'), ...ARGS]);
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/no such file/);
  }, SLOW);
});
