/**
 * Captures are written one at a time, in the order they were made, and independently of the component that
 * made them: leaving a question while its last keystrokes wait for the debounce still saves them, and a failed
 * write keeps its input until it is retried. Each key (one step) holds at most one waiting write: the newest
 * full state of the step, since every write carries the whole step.
 */
export type SaveStatus = 'idle' | 'waiting' | 'saving' | 'saved' | 'error';

export interface SaveState<T> {
  status: SaveStatus;
  /** The newest state not yet committed (waiting, being written, or failed). */
  unsaved?: T;
  error?: string;
  savedAt?: number;
  /** What the last committed write returned (e.g. the stored record), to recognise stale reads that arrive later. */
  result?: unknown;
}

interface Slot<T> {
  state: SaveState<T>;
  timer?: ReturnType<typeof setTimeout>;
  /** Bumped on every change, so a finished write knows whether a newer one arrived meanwhile. */
  seq: number;
}

type Writer<T> = (value: T) => Promise<unknown>;

const IDLE: SaveState<never> = { status: 'idle' };

export class SaveQueue<T> {
  private slots = new Map<string, Slot<T>>();
  private chain: Promise<unknown> = Promise.resolve();
  private listeners = new Set<() => void>();

  constructor(
    private readonly write: Writer<T>,
    private readonly now: () => number = Date.now,
    /** Turns a failure into the sentence shown to the evaluator. */
    private readonly describe: (e: unknown) => string = (e) => (e instanceof Error ? e.message : String(e)),
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get(key: string): SaveState<T> {
    return this.slots.get(key)?.state ?? IDLE;
  }

  hasUnsaved(key: string): boolean {
    return this.get(key).unsaved !== undefined;
  }

  /** Keys whose last write failed, for a page-level warning. */
  failed(): string[] {
    return [...this.slots].filter(([, s]) => s.state.status === 'error').map(([k]) => k);
  }

  pendingCount(): number {
    return [...this.slots.values()].filter((s) => s.state.unsaved !== undefined).length;
  }

  /** Queues the newest state of a step; `delayMs` 0 writes at once (clicks), more waits for typing to pause. */
  schedule(key: string, value: T, delayMs: number): void {
    const slot = this.slot(key);
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.seq += 1;
    this.set(slot, { ...slot.state, status: 'waiting', unsaved: value, error: undefined });
    if (delayMs <= 0) this.start(key);
    else slot.timer = setTimeout(() => this.start(key), delayMs);
  }

  /** Writes whatever waits for `key` (or for every key) now. */
  flush(key?: string): Promise<void> {
    const keys = key ? [key] : [...this.slots.keys()];
    for (const k of keys) {
      const slot = this.slots.get(k);
      if (slot?.timer) this.start(k);
    }
    return this.idle();
  }

  retry(key: string): void {
    const slot = this.slots.get(key);
    if (slot?.state.status === 'error' && slot.state.unsaved !== undefined) this.schedule(key, slot.state.unsaved, 0);
  }

  /** Runs another write (e.g. a random pick) in the same order as the captures. */
  run<R>(task: () => Promise<R>): Promise<R> {
    const result = this.chain.then(task);
    this.chain = result.catch(() => undefined);
    return result;
  }

  idle(): Promise<void> {
    return this.chain.then(() => undefined);
  }

  private start(key: string): void {
    const slot = this.slot(key);
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    const seq = slot.seq;
    this.chain = this.chain.then(async () => {
      // A newer state replaced this one while it waited in line: that newer write will carry it.
      if (slot.seq !== seq || slot.state.unsaved === undefined) return;
      const value = slot.state.unsaved;
      this.set(slot, { ...slot.state, status: 'saving' });
      try {
        const result = await this.write(value);
        if (slot.seq === seq) this.set(slot, { status: 'saved', savedAt: this.now(), result });
      } catch (e) {
        if (slot.seq === seq) this.set(slot, { status: 'error', unsaved: value, error: this.describe(e) });
      }
    });
  }

  private slot(key: string): Slot<T> {
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { state: IDLE, seq: 0 };
      this.slots.set(key, slot);
    }
    return slot;
  }

  private set(slot: Slot<T>, state: SaveState<T>): void {
    slot.state = state;
    for (const l of this.listeners) l();
  }
}
