/**
 * Erlang C (the M/M/c queue: calls arrive at random, wait in one queue in order, nobody hangs up) in the form
 * staffing tools use. Everything goes through Erlang B's recursion, whose every term lies in [0, 1]: no
 * factorials, no powers of the traffic, so 500 Erlangs and more stay exact where A^n / n! overflows long before.
 */

/** Offered traffic in Erlangs: how many agents would be busy on average if every call were answered at once. */
export function trafficErlangs(calls: number, intervalSeconds: number, ahtSeconds: number): number {
  return (calls * ahtSeconds) / intervalSeconds;
}

/**
 * Erlang B, the chance that a call finds all `agents` busy in a system without a queue:
 * B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)).
 */
export function erlangB(agents: number, traffic: number): number {
  let b = 1;
  for (let k = 1; k <= agents; k++) b = (traffic * b) / (k + traffic * b);
  return b;
}

/**
 * Erlang C from Erlang B at the same agent count: C = n·B / (n − a·(1 − B)). With n ≤ a the queue grows
 * without end and every call waits, so it is 1 there.
 */
export function erlangCFromB(agents: number, traffic: number, b: number): number {
  if (agents <= traffic) return 1;
  return Math.min(1, (agents * b) / (agents - traffic * (1 - b)));
}

/** The probability that a call has to wait for an agent at all. */
export function erlangC(agents: number, traffic: number): number {
  return erlangCFromB(agents, traffic, erlangB(agents, traffic));
}

/** What a number of agents on the phones gives for a traffic, by Erlang C. */
export interface QueueFigures {
  agents: number;
  /** False when agents ≤ traffic: the queue never empties, nothing below is a steady state. */
  stable: boolean;
  /** Probability of waiting (0–1). */
  pWait: number;
  /** Share of calls answered within the target time (0–1). */
  serviceLevel: number;
  /** Average speed of answer over all calls, waiting or not, in seconds; null when the queue is not stable. */
  asa: number | null;
  /** Share of the agents' time spent handling calls (0–1); 1 when the traffic is more than they can carry. */
  occupancy: number;
}

/**
 * P(wait), service level SL(t) = 1 − C·e^(−(n − a)·t / AHT), ASA = C·AHT / (n − a) and occupancy a / n.
 * `b` is Erlang B at `agents`, when the caller already has it (the search below walks n upwards).
 */
export function queueFigures(agents: number, traffic: number, ahtSeconds: number, targetSeconds: number, b = erlangB(agents, traffic)): QueueFigures {
  if (agents <= traffic) return { agents, stable: false, pWait: 1, serviceLevel: 0, asa: null, occupancy: 1 };
  const pWait = erlangCFromB(agents, traffic, b);
  const spare = agents - traffic;
  const serviceLevel = Math.min(1, Math.max(0, 1 - pWait * Math.exp((-spare * targetSeconds) / ahtSeconds)));
  return { agents, stable: true, pWait, serviceLevel, asa: (pWait * ahtSeconds) / spare, occupancy: traffic / agents };
}

/** The search gives up beyond this many agents: far more than one site seats, and it keeps the loop bounded. */
export const MAX_AGENTS = 200_000;

/**
 * The fewest agents whose service level reaches `targetShare` (0 < share < 1). Walks n upwards from the
 * first stable count, carrying Erlang B along, so the whole search costs one pass of the recursion.
 * Undefined only when no count up to MAX_AGENTS reaches it (the inputs are checked before that can happen).
 */
export function fewestAgents(traffic: number, ahtSeconds: number, targetShare: number, targetSeconds: number): QueueFigures | undefined {
  let b = 1;
  for (let n = 1; n <= MAX_AGENTS; n++) {
    b = (traffic * b) / (n + traffic * b);
    if (n <= traffic) continue;
    const f = queueFigures(n, traffic, ahtSeconds, targetSeconds, b);
    // A hair of slack for binary noise: 0.8 computed as 0.7999999999999999 still meets "80 %".
    if (f.serviceLevel >= targetShare - 1e-12) return f;
  }
  return undefined;
}
