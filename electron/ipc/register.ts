import { CHANNELS, type Channel, type Result } from './contract';
import type { BoundHandlers } from './handlers';
import { errorMessage } from './result';
import { isAppOrigin } from '../security/origin';

/** The identity of one frame: Electron's WebFrameMain has more, these two name it uniquely while it lives. */
export interface FrameRef { processId: number; routingId: number }

/** What an invoke event tells us about its sender (Electron's IpcMainInvokeEvent has more). */
export interface InvokeEvent {
  sender: { id: number };
  senderFrame: (FrameRef & { url: string }) | null;
}

/** The main window's contents as the check needs them: which contents, and its top frame. */
export interface TrustedContents { id: number; mainFrame: FrameRef }

/** The slice of Electron's ipcMain used here, so registration can be tested with a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export const ALL_CHANNELS: readonly Channel[] = Object.values(CHANNELS);

/**
 * True only for a message from the top frame of the main window, showing our page. The origin check alone would
 * also let through an iframe of ours (a frame the page, or a dependency, created) and any other window or
 * webContents the app might one day open; neither needs the disk, so neither gets it.
 */
export function isTrustedSender(event: InvokeEvent, main: TrustedContents | null | undefined): boolean {
  const frame = event.senderFrame;
  if (!main || !frame || event.sender.id !== main.id) return false;
  return frame.processId === main.mainFrame.processId && frame.routingId === main.mainFrame.routingId && isAppOrigin(frame.url);
}

/**
 * The only place that calls ipcMain.handle. Every message is checked to come from the main window's top frame on
 * app://siteproof before its handler runs, and every failure (including a throw) reaches the renderer as
 * {ok:false,error}. `mainContents` is asked on each message: the window can be closed and made again (macOS).
 */
export function registerIpc(ipcMain: IpcMainLike, handlers: BoundHandlers, mainContents: () => TrustedContents | null | undefined): void {
  for (const channel of ALL_CHANNELS) {
    const handler = handlers[channel] as (input: unknown) => Promise<Result<unknown>>;
    ipcMain.handle(channel, async (event, input): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, mainContents())) return { ok: false, error: `Refused ${channel}: the request did not come from the app` };
      try {
        return await handler(input);
      } catch (error) {
        return { ok: false, error: errorMessage(error) };
      }
    });
  }
}
