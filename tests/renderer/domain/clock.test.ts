import { describe, expect, it } from 'vitest';
import { createClock } from '../../../renderer/domain/clock';

describe('clock', () => {
  it('reads the wall clock once and advances with the monotonic clock', () => {
    let wall = 1_700_000_000_000;
    let mono = 50;
    const c = createClock(() => wall, () => mono);
    mono += 1500;
    wall -= 3_600_000; // the user sets the system clock back an hour mid-visit
    expect(c.nowMs()).toBe(1_700_000_001_500);
    expect(c.mono()).toBe(1550);
  });

  it('never hands out the same or an earlier timestamp twice', () => {
    const mono = 10;
    const c = createClock(() => 1_000, () => mono);
    const stamps = [c.nowIso(), c.nowIso(), c.nowIso()];
    expect(stamps).toEqual([new Date(1000).toISOString(), new Date(1001).toISOString(), new Date(1002).toISOString()]);
  });

  it('catches up with real time after a burst', () => {
    let mono = 0;
    const c = createClock(() => 0, () => mono);
    c.nowMs();
    c.nowMs();
    mono = 100;
    expect(c.nowMs()).toBe(100);
  });
});
