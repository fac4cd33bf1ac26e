import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import type { FontBytes } from './fonts';

async function fetchBytes(url: string): Promise<Uint8Array> {
  // The URL is one of the app's own bundled assets (same origin as the page): no outside request.
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Font ${url} could not be loaded (${res.status})`);
  return new Uint8Array(await res.arrayBuffer());
}

/** The fonts as bundled with the app; fetched once per worker. */
let pending: Promise<FontBytes> | null = null;
export function loadBundledFonts(): Promise<FontBytes> {
  pending ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  pending.catch(() => { pending = null; });
  return pending;
}
