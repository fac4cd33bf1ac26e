import { CHANNELS, type Channel, type Result } from './contract';
import type { BoundHandlers } from './handlers';
import { errorMessage } from './result';
import { isAppOrigin } from '../security/origin';

/** What an invoke event tells us about its sender (Electron's IpcMainInvokeEvent has more). */
export interface InvokeEvent { senderFrame: { url: string } | null }

/** The slice of Electron's ipcMain used here, so registration can be tested with a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export const ALL_CHANNELS: readonly Channel[] = Object.values(CHANNELS);

/**
 * The only place that calls ipcMain.handle. Every message is checked to come from a frame on app://siteproof
 * before its handler runs, and every failure (including a throw) reaches the renderer as {ok:false,error}.
 */
export function registerIpc(ipcMain: IpcMainLike, handlers: BoundHandlers): void {
  for (const channel of ALL_CHANNELS) {
    const handler = handlers[channel] as (input: unknown) => Promise<Result<unknown>>;
    ipcMain.handle(channel, async (event, input): Promise<Result<unknown>> => {
      const senderUrl = event.senderFrame?.url;
      if (!isAppOrigin(senderUrl)) return { ok: false, error: `Refused ${channel}: the request did not come from the app` };
      try {
        return await handler(input);
      } catch (error) {
        return { ok: false, error: errorMessage(error) };
      }
    });
  }
}
