import { describe, expect, it } from 'vitest';
import { dossierFingerprint, fingerprintQrText, groupFingerprint } from '../../../../renderer/domain/dossier';
import { bundlesOf, readPackage, writePackage } from '../../../../renderer/domain/package';
import { META, visitFixture } from '../package/fixtures';

describe('dossierFingerprint', () => {
  it('is the same for the records in the database and for the package made of them', async () => {
    const f = visitFixture();
    const w = await writePackage([f.bundle], f.source, META);
    if (!w.ok) throw new Error(JSON.stringify(w.problems));
    const r = await readPackage(w.bytes);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(dossierFingerprint(bundlesOf(r.manifest)[0]!)).toEqual(dossierFingerprint(f.bundle));
  });

  it('does not depend on the order the records come in', () => {
    const { bundle } = visitFixture();
    const shuffled = { ...bundle, answers: [...bundle.answers].reverse(), photos: [...bundle.photos].reverse(), audit: [...bundle.audit].reverse() };
    expect(dossierFingerprint(shuffled).fingerprint).toBe(dossierFingerprint(bundle).fingerprint);
  });

  it('moves with an edited record, and says whether records or photos moved', () => {
    const { bundle } = visitFixture();
    const base = dossierFingerprint(bundle);
    const edited = dossierFingerprint({ ...bundle, visit: { ...bundle.visit, vendor: `${bundle.visit.vendor} (edited)` } });
    expect(edited.fingerprint).not.toBe(base.fingerprint);
    expect(edited.records).not.toBe(base.records);
    expect(edited.photos).toBe(base.photos);
    const fewer = dossierFingerprint({ ...bundle, photos: bundle.photos.slice(1) });
    expect(fewer.photos).not.toBe(base.photos);
    expect(fewer.photoCount).toBe(base.photoCount - 1);
  });

  it('covers the closing meeting sign-off when there is one', () => {
    const { bundle } = visitFixture();
    const base = dossierFingerprint(bundle);
    expect(dossierFingerprint({ ...bundle, signoffs: [] }).fingerprint).toBe(base.fingerprint);
    const signed = dossierFingerprint({ ...bundle, signoffs: [{ id: 's-1', visitId: bundle.visit.id, findingsHash: 'a'.repeat(64) } as never] });
    expect(signed.records).not.toBe(base.records);
  });

  it('prints in groups of eight and as upper-case hex in the QR text', () => {
    const fp = 'ab'.repeat(32);
    expect(groupFingerprint(fp)).toBe(Array(8).fill('abababab').join(' '));
    expect(fingerprintQrText(fp)).toBe(`SITEPROOF:${'AB'.repeat(32)}`);
  });
});
