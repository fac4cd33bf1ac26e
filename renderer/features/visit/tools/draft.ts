/**
 * What the evaluator typed on a tool's screen and has not confirmed yet, kept on this machine so that leaving
 * the tab or reloading loses nothing. Only a confirmed check is a capture; the draft is a convenience.
 */
const key = (visitId: string, tool: string) => `siteproof.visit.${visitId}.tool.${tool}`;

export function readDraft<T>(visitId: string, tool: string): T | undefined {
  try {
    const raw = localStorage.getItem(key(visitId, tool));
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(visitId: string, tool: string, value: unknown): void {
  try {
    localStorage.setItem(key(visitId, tool), JSON.stringify(value));
  } catch {
    // A full storage (a CSV of 100 000 intervals may not fit) only costs the convenience; an older draft must not
    // come back in its place on the next visit to the screen.
    clearDraft(visitId, tool);
  }
}

export function clearDraft(visitId: string, tool: string): void {
  try {
    localStorage.removeItem(key(visitId, tool));
  } catch {
    // as above
  }
}
