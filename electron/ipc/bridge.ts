import { CHANNELS, type Bridge, type Channel, type MethodName } from './contract';

export type Invoke = (channel: Channel, input?: unknown) => Promise<unknown>;

/**
 * Builds window.siteproof from the contract: one method per channel, each forwarding its single argument.
 * The renderer never gets ipcRenderer itself, so it can reach no channel the contract does not list.
 */
export function createBridge(invoke: Invoke): Bridge {
  const bridge: Partial<Record<MethodName, (input?: unknown) => Promise<unknown>>> = {};
  for (const [method, channel] of Object.entries(CHANNELS) as Array<[MethodName, Channel]>) {
    bridge[method] = (...args: unknown[]) => (args.length === 0 ? invoke(channel) : invoke(channel, args[0]));
  }
  return Object.freeze(bridge) as unknown as Bridge;
}
