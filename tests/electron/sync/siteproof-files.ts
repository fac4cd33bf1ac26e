import { jsPDF } from 'jspdf';
import { encryptPackage } from '../../../renderer/domain/package/crypto';
import { writePackage } from '../../../renderer/domain/package/write';
import { renderDossier } from '../../../renderer/pdf/dossier';
import { readDejaVuFonts } from '../../../renderer/pdf/node-fonts';
import { META, visitFixture } from '../../renderer/domain/package/fixtures';
import { sampleDossier } from '../../renderer/pdf/sample';

/** Files as SiteProof really writes them (the renderer's own writers), to check the main process knows them. */

let fonts: ReturnType<typeof readDejaVuFonts> | undefined;
// Rendering takes seconds: each kind once per test file, a fresh copy for each caller.
const rendered = new Map<boolean, Promise<Uint8Array>>();

/** A real dossier; with photos, jsPDF's output goes through the JPEG splice as in the app. */
export async function siteproofDossier(includePhotos = false): Promise<Uint8Array> {
  let pending = rendered.get(includePhotos);
  if (!pending) {
    fonts ??= readDejaVuFonts();
    const sample = sampleDossier('uk', { includePhotos, showNotApplicable: false });
    pending = renderDossier(sample.model, sample.photos, { fonts });
    rendered.set(includePhotos, pending);
  }
  return (await pending).slice();
}

export async function siteproofPackage(): Promise<Uint8Array> {
  const f = visitFixture();
  const written = await writePackage([f.bundle], f.source, META);
  if (!written.ok) throw new Error('fixture package refused');
  return written.bytes;
}

export async function encryptedSiteproofPackage(): Promise<Uint8Array> {
  const encrypted = await encryptPackage(await siteproofPackage(), 'correct horse battery');
  if (!encrypted.ok) throw new Error('fixture encryption refused');
  return encrypted.bytes;
}

/** Someone else's PDF: a user's report made by another program (here jsPDF with no SiteProof creator). */
export function foreignPdf(creator?: string): Uint8Array {
  const doc = new jsPDF();
  doc.text('Quarterly report', 10, 10);
  if (creator) doc.setProperties({ creator });
  return new Uint8Array(doc.output('arraybuffer'));
}
