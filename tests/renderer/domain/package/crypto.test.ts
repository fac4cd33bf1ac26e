import { describe, expect, it } from 'vitest';
import { decryptPackage, encryptPackage, ENCRYPTION_MAGIC, isEncrypted, readPackage, writePackage } from '../../../../renderer/domain/package';
import { META, visitFixture } from './fixtures';

const PASS = 'кобальтовый маяк 42';

async function sealed() {
  const f = visitFixture();
  const w = await writePackage([f.bundle], f.source, META);
  if (!w.ok) throw new Error('fixture');
  const e = await encryptPackage(w.bytes, PASS);
  if (!e.ok) throw new Error('encrypt');
  return { plain: w.bytes, sealed: e.bytes };
}

describe('package encryption', () => {
  it('round-trips and the result is a sound package', async () => {
    const { plain, sealed: enc } = await sealed();
    expect(isEncrypted(enc)).toBe(true);
    expect(isEncrypted(plain)).toBe(false);
    expect(new TextDecoder().decode(enc.subarray(0, 14))).toBe(ENCRYPTION_MAGIC);
    // The ciphertext does not contain the manifest in the clear.
    expect(Buffer.from(enc).includes(Buffer.from('siteproof-package'))).toBe(false);
    const d = await decryptPackage(enc, PASS);
    expect(d.ok && Buffer.from(d.bytes).equals(Buffer.from(plain))).toBe(true);
    expect(d.ok && (await readPackage(d.bytes)).ok).toBe(true);
  });

  it('uses a fresh salt and IV each time', async () => {
    const bytes = new Uint8Array(100);
    const a = await encryptPackage(bytes, PASS);
    const b = await encryptPackage(bytes, PASS);
    expect(a.ok && b.ok && Buffer.from(a.bytes.subarray(19, 47)).equals(Buffer.from(b.bytes.subarray(19, 47)))).toBe(false);
    expect(a.ok && new DataView(a.bytes.buffer).getUint32(15)).toBeGreaterThanOrEqual(600_000);
  });

  it('says so when the passphrase is wrong', async () => {
    const { sealed: enc } = await sealed();
    const d = await decryptPackage(enc, 'кобальтовый маяк 43');
    expect(!d.ok && d.problems.map((p) => p.code)).toEqual(['wrong-passphrase']);
  });

  it('detects altered ciphertext, and an altered header (authenticated as AAD)', async () => {
    const { sealed: enc } = await sealed();
    const body = enc.slice();
    body[body.length - 100] ^= 1;
    const d = await decryptPackage(body, PASS);
    expect(!d.ok && d.problems.map((p) => p.code)).toEqual(['encrypted-data-altered']);
    const iv = enc.slice();
    iv[40] ^= 1; // inside the IV: the key check still passes, the tag does not
    const d2 = await decryptPackage(iv, PASS);
    expect(!d2.ok && d2.problems.map((p) => p.code)).toEqual(['encrypted-data-altered']);
  });

  it('refuses damaged headers, cut files, plain packages and short passphrases', async () => {
    const { plain, sealed: enc } = await sealed();
    const rounds = enc.slice();
    new DataView(rounds.buffer).setUint32(15, 0xffffffff);
    expect((await decryptPackage(rounds, PASS)).ok).toBe(false);
    expect(await decryptPackage(rounds, PASS)).toMatchObject({ ok: false, problems: [{ code: 'encryption-header' }] });
    expect(await decryptPackage(enc.subarray(0, 40), PASS)).toMatchObject({ ok: false, problems: [{ code: 'encryption-header' }] });
    expect(await decryptPackage(plain, PASS)).toMatchObject({ ok: false, problems: [{ code: 'not-encrypted' }] });
    expect(await encryptPackage(plain, 'short')).toMatchObject({ ok: false, problems: [{ code: 'weak-passphrase' }] });
  });
});
