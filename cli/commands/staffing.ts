import {
  checkStaffing, OFFER_BASES, parseServiceTarget,
  type OfferBasis, type QueueFigures, type StaffingInput, type StaffingResult,
} from '../../renderer/domain/staffing';
import { CliError, EXIT, nOf, parse, usageError, type ExitCode, type Out } from '../common';

export const STAFFING_HELP = `Usage: siteproof staffing --calls N --interval MIN --aht SEC --service-level P/T [options]

Checks a vendor's staffing offer by Erlang C (calls arrive at random and wait in one queue; nobody hangs up):
the fewest agents on the phones that answer P % of calls within T seconds, what they give (probability of
waiting, service level, average speed of answer, occupancy), the agents to schedule after shrinkage, and
with --offered the offer's verdict: short (below the fewest agents), adequate (up to 10 % above, at least one
agent), generous (more than that).

Options:
  --calls N              calls arriving in one interval, e.g. the peak hour's (required)
  --interval MIN         length of the interval in minutes (required)
  --aht SEC              average handle time in seconds: talk + hold + after-call work (required)
  --service-level P/T    the target, e.g. 80/20: 80 % answered within 20 s (required; P below 100)
  --shrinkage PCT        share of paid time not on the phones: breaks, training, absence (default 0)
  --offered N            the headcount the vendor offers
  --offered-basis B      on-phones (default): N agents on the phones at once; scheduled: N people on the
                         roster, of whom N × (1 − shrinkage) are on the phones
  --json                 print one JSON object
  -h, --help             show this help

Exit: 0 computed (a short offer is a verdict, not an error), 2 usage error or impossible input (a value of 0
or less, a target of 100 %, an offer that cannot even carry the traffic).`;

/** A plain decimal number ("12", "12.5", "12,5"); Number() alone would take "", "0x1f" and "1e9" too. */
function decimal(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\s*-?\d+(?:[.,]\d+)?\s*$/.test(value)) throw usageError(`staffing: ${flag} must be a number, not "${value}".`, STAFFING_HELP);
  return Number(value.trim().replace(',', '.'));
}

const FLAG: Record<string, string> = {
  calls: '--calls', interval: '--interval', aht: '--aht', target: '--service-level', shrinkage: '--shrinkage', offered: '--offered', basis: '--offered-basis',
};

/** The inputs are well formed but impossible: name the flag and the reason; the full help would bury it. */
const inputError = (lines: string[]) => new CliError(`${lines.map((l) => `staffing: ${l}`).join('\n')}\n(siteproof staffing --help describes the options.)`, EXIT.usage);

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const secs = (x: number | null) => (x === null ? '∞' : `${x.toFixed(1)} s`);

function figuresLine(f: QueueFigures): string {
  return `service level ${pct(f.serviceLevel)}, P(wait) ${pct(f.pWait)}, ASA ${secs(f.asa)}, occupancy ${pct(f.occupancy)}`;
}

function json(r: StaffingResult) {
  const o = r.offered;
  return {
    agents: r.required.agents,
    serviceLevel: r.required.serviceLevel,
    asa: r.required.asa,
    occupancy: r.required.occupancy,
    pWait: r.required.pWait,
    scheduled: r.scheduled,
    traffic: r.traffic,
    shrinkage: r.shrinkagePercent / 100,
    target: r.input.target,
    adequate: r.band,
    formula: 'Erlang C (M/M/c) via the Erlang B recursion',
    ...(o ? {
      offered: {
        agents: o.headcount, basis: o.basis, onPhones: o.onPhones, serviceLevel: o.serviceLevel, asa: o.asa,
        occupancy: o.occupancy, pWait: o.pWait, verdict: o.verdict, margin: o.margin,
      },
    } : {}),
  };
}

function text(r: StaffingResult): string[] {
  const { input, required, offered } = r;
  const lines = [
    `Traffic: ${r.traffic.toFixed(2)} Erlangs (${nOf(input.calls, 'call', 'calls')} in ${input.intervalMinutes} min, AHT ${input.ahtSeconds} s)`,
    `Target: ${input.target.percent} % answered within ${input.target.seconds} s`,
    `Fewest agents on the phones meeting it: ${required.agents}`,
    `  ${figuresLine(required)}`,
    `Agents to schedule after ${r.shrinkagePercent} % shrinkage: ${r.scheduled}`,
  ];
  if (offered) {
    const basis = offered.basis === 'scheduled' ? ` on the roster → ${offered.onPhones} on the phones after shrinkage` : ' on the phones';
    lines.push(`Offer: ${offered.headcount}${basis}: ${offered.verdict.toUpperCase()} (adequate is ${r.band.from}–${r.band.to})`);
    lines.push(`  ${figuresLine(offered)}`);
  }
  lines.push('Formula: Erlang C (M/M/c: random arrivals, one queue, no abandons), computed through the Erlang B recursion.');
  return lines;
}

export async function staffing(args: string[], io: Out): Promise<ExitCode> {
  const { values, positionals } = parse(args, {
    calls: { type: 'string' },
    interval: { type: 'string' },
    aht: { type: 'string' },
    'service-level': { type: 'string' },
    shrinkage: { type: 'string' },
    offered: { type: 'string' },
    'offered-basis': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  }, STAFFING_HELP);
  if (values.help) {
    io.out(STAFFING_HELP);
    return EXIT.ok;
  }
  if (positionals.length) throw usageError(`staffing: unexpected argument "${positionals[0]}".`, STAFFING_HELP);
  const missing = (['calls', 'interval', 'aht', 'service-level'] as const).filter((k) => values[k] === undefined);
  if (missing.length) throw usageError(`staffing: ${missing.map((k) => `--${k}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} required.`, STAFFING_HELP);
  const target = parseServiceTarget(values['service-level'] as string);
  if (!target) throw usageError(`staffing: --service-level is PERCENT/SECONDS, e.g. 80/20, not "${values['service-level']}".`, STAFFING_HELP);
  const basis = values['offered-basis'];
  if (basis !== undefined && !OFFER_BASES.includes(basis as OfferBasis)) throw usageError(`staffing: --offered-basis is ${OFFER_BASES.join(' or ')}, not "${basis}".`, STAFFING_HELP);
  if (basis !== undefined && values.offered === undefined) throw usageError('staffing: --offered-basis needs --offered.', STAFFING_HELP);

  const input: StaffingInput = {
    calls: decimal(values.calls, '--calls') as number,
    intervalMinutes: decimal(values.interval, '--interval') as number,
    ahtSeconds: decimal(values.aht, '--aht') as number,
    target,
  };
  const shrinkage = decimal(values.shrinkage, '--shrinkage');
  if (shrinkage !== undefined) input.shrinkagePercent = shrinkage;
  const offered = decimal(values.offered, '--offered');
  if (offered !== undefined) input.offered = offered;
  if (basis !== undefined) input.offeredBasis = basis as OfferBasis;

  const outcome = checkStaffing(input);
  if (!outcome.ok) throw inputError(outcome.problems.map((p) => `${FLAG[p.field] ?? p.field}: ${p.message}`));
  const r = outcome.value;
  if (r.offered && !r.offered.stable) {
    // Erlang C has no steady state here: every figure would be "infinite wait". The issue fixes this as an input error.
    const keepUp = Math.floor(r.traffic) + 1;
    const what = r.offered.basis === 'scheduled' ? `${r.offered.headcount} offered (${r.offered.onPhones} on the phones after shrinkage)` : `${r.offered.headcount} offered agents`;
    throw inputError([`--offered: the ${what} can never serve ${r.traffic.toFixed(2)} Erlangs of traffic: the queue would grow without end. `
      + `At least ${keepUp} are needed just to keep up, ${r.required.agents} to meet ${input.target.percent}/${input.target.seconds}.`]);
  }
  io.out(values.json ? JSON.stringify(json(r), null, 2) : text(r).join('\n'));
  return EXIT.ok;
}
