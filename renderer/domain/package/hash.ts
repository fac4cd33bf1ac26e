/** SHA-256 as lower-case hex, with WebCrypto (the same in Node 20 and the browser). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Hashes many buffers, a few at a time: WebCrypto digests run off the main thread in Node and in Chromium,
 * so a handful in flight keeps every core busy without queueing hundreds of large copies at once.
 */
export async function sha256All(buffers: readonly Uint8Array[], inFlight = 4): Promise<string[]> {
  const out = new Array<string>(buffers.length);
  let next = 0;
  const worker = async () => {
    while (next < buffers.length) {
      const i = next++;
      out[i] = await sha256Hex(buffers[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, buffers.length) }, worker));
  return out;
}
