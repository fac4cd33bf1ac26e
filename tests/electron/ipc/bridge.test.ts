import { describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../../electron/ipc/bridge';
import { CHANNELS } from '../../../electron/ipc/contract';

describe('createBridge', () => {
  it('exposes exactly the contract methods, nothing else', () => {
    const bridge = createBridge(vi.fn());
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(CHANNELS).sort());
    for (const method of Object.values(bridge)) expect(typeof method).toBe('function');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('send');
  });

  it('is frozen so the page cannot add or swap methods', () => {
    const bridge = createBridge(vi.fn());
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it.each(Object.entries(CHANNELS))('%s forwards its one argument to %s and returns the answer', async (method, channel) => {
    const answer = { ok: true, value: method };
    const invoke = vi.fn(async () => answer);
    const bridge = createBridge(invoke) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const input = { marker: method };
    expect(await bridge[method](input, 'extra argument dropped')).toBe(answer);
    expect(invoke).toHaveBeenCalledExactlyOnceWith(channel, input);
  });

  it('sends no argument for methods that take none', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: '0.1.0' }));
    await createBridge(invoke).getVersion();
    expect(invoke).toHaveBeenCalledExactlyOnceWith('app:get-version');
  });
});
