import { problem, type Problem } from './problems';

/**
 * The encryption envelope around a package (all integers big-endian):
 *
 *   0  "SITEPROOF-ENC1"      14 bytes, ASCII magic
 *   14 scheme = 1            PBKDF2-HMAC-SHA256 → HKDF-SHA256 → AES-256-GCM
 *   15 iterations            uint32, at least 600 000
 *   19 salt                  16 random bytes
 *   35 iv                    12 random bytes
 *   47 key check             16 bytes, HKDF(master, "siteproof key check")
 *   63 ciphertext ‖ GCM tag  the whole package zip; bytes 0..62 are authenticated as AAD
 *
 * WebCrypto offers no memory-hard KDF (Argon2, scrypt), so PBKDF2 at OWASP's 600 000 iterations is the strongest
 * available in both Node and the browser. The key check only tells a wrong passphrase from altered data; it
 * costs an attacker the same full PBKDF2 run per guess as the key itself.
 */
export const ENCRYPTION_MAGIC = 'SITEPROOF-ENC1';
const MAGIC = new TextEncoder().encode(ENCRYPTION_MAGIC);
const SCHEME = 1;
export const KDF_ITERATIONS = 600_000;
/** A header may ask for more work than ours, but not for hours of it. */
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 16;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 1 + 4 + SALT_BYTES + IV_BYTES + CHECK_BYTES;
export const MIN_PASSPHRASE_LENGTH = 8;

export type CryptoResult = { ok: true; bytes: Uint8Array } | { ok: false; problems: Problem[] };

const buf = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;

export function isEncrypted(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b);
}

/** The AES key WebCrypto derives; named from the API so the domain needs no DOM types (it runs in Node too). */
type AesKey = Awaited<ReturnType<typeof crypto.subtle.deriveKey>>;

async function deriveKeys(passphrase: string, salt: Uint8Array, iterations: number): Promise<{ key: AesKey; check: Uint8Array }> {
  const secret = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const master = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations }, secret, 256);
  const hkdf = await crypto.subtle.importKey('raw', master, 'HKDF', false, ['deriveKey', 'deriveBits']);
  const info = (s: string) => new TextEncoder().encode(s);
  const key = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: info('siteproof aes-256-gcm') },
    hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'],
  );
  const check = new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: info('siteproof key check') }, hkdf, CHECK_BYTES * 8));
  return { key, check };
}

/** Wraps package bytes in the envelope. The passphrase is never stored; lose it and the package is lost. */
export async function encryptPackage(bytes: Uint8Array, passphrase: string): Promise<CryptoResult> {
  if ([...passphrase.trim()].length < MIN_PASSPHRASE_LENGTH) {
    return { ok: false, problems: [problem('weak-passphrase', `A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`, { min: MIN_PASSPHRASE_LENGTH, count: MIN_PASSPHRASE_LENGTH })] };
  }
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const { key, check } = await deriveKeys(passphrase, salt, KDF_ITERATIONS);
  const header = new Uint8Array(HEADER_BYTES);
  const view = new DataView(header.buffer);
  header.set(MAGIC, 0);
  header[MAGIC.length] = SCHEME;
  view.setUint32(MAGIC.length + 1, KDF_ITERATIONS);
  header.set(salt, MAGIC.length + 5);
  header.set(iv, MAGIC.length + 5 + SALT_BYTES);
  header.set(check, MAGIC.length + 5 + SALT_BYTES + IV_BYTES);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header, tagLength: TAG_BYTES * 8 }, key, buf(bytes)));
  const out = new Uint8Array(HEADER_BYTES + sealed.length);
  out.set(header, 0);
  out.set(sealed, HEADER_BYTES);
  return { ok: true, bytes: out };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

/** Opens the envelope. A wrong passphrase and altered data are told apart (see the key check above). */
export async function decryptPackage(bytes: Uint8Array, passphrase: string): Promise<CryptoResult> {
  const fail = (p: Problem): CryptoResult => ({ ok: false, problems: [p] });
  if (!isEncrypted(bytes)) return fail(problem('not-encrypted', 'This file is not an encrypted SiteProof package.'));
  if (bytes.length < HEADER_BYTES + TAG_BYTES) return fail(problem('encryption-header', 'The encrypted package is cut short.'));
  const header = bytes.subarray(0, HEADER_BYTES);
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const scheme = header[MAGIC.length];
  const iterations = view.getUint32(MAGIC.length + 1);
  if (scheme !== SCHEME) return fail(problem('encryption-header', `The package is encrypted with scheme ${scheme}, which this version of SiteProof does not know.`, { scheme }));
  if (iterations < KDF_ITERATIONS || iterations > MAX_ITERATIONS) {
    return fail(problem('encryption-header', `The encryption header is damaged (key derivation rounds ${iterations} out of range).`, { iterations }));
  }
  const salt = header.slice(MAGIC.length + 5, MAGIC.length + 5 + SALT_BYTES);
  const iv = header.slice(MAGIC.length + 5 + SALT_BYTES, MAGIC.length + 5 + SALT_BYTES + IV_BYTES);
  const storedCheck = header.slice(MAGIC.length + 5 + SALT_BYTES + IV_BYTES, HEADER_BYTES);
  const { key, check } = await deriveKeys(passphrase, salt, iterations);
  if (!sameBytes(check, storedCheck)) return fail(problem('wrong-passphrase', 'The passphrase is wrong.'));
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: header.slice(), tagLength: TAG_BYTES * 8 }, key, buf(bytes.subarray(HEADER_BYTES)));
    return { ok: true, bytes: new Uint8Array(plain) };
  } catch {
    return fail(problem('encrypted-data-altered', 'The passphrase is right, but the encrypted package was altered or damaged after it was made.'));
  }
}
