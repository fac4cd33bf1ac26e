import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDossier } from '../../../renderer/pdf/dossier';
import { readDejaVuFonts } from '../../../renderer/pdf/node-fonts';
import { closingBundle } from '../domain/closing/fixtures';
import { afterTheMeeting, closingDossier } from '../domain/closing/signed';

const fonts = readDejaVuFonts();
const dir = mkdtempSync(join(tmpdir(), 'siteproof-closing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pdfText(model: ReturnType<typeof closingDossier>, name: string): Promise<string> {
  const bytes = await renderDossier(model, new Map(), { fonts });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('the closing meeting in the PDF', () => {
  it('has its part: attendees, findings with answers and comments, signatures with SHA-256, changes after it', async () => {
    const model = closingDossier(afterTheMeeting());
    const text = await pdfText(model, 'closing-en');
    const [meeting] = model.closing.meetings;
    expect(text).toContain('Closing meeting');
    expect(text).toContain('Petro Ivanenko, Operations director');
    expect(text).toContain(meeting.findingsHash);
    expect(text).toContain('Hall 2 was not counted');
    expect(text).toContain('Hall 2 recounted with the vendor');
    for (const s of meeting.signatures) expect(text).toContain(s.sha256!);
    expect(text).toContain('Changes after the closing meeting');
    expect(text).toContain('no longer a finding');
    expect(text).toContain('Changed after the closing meeting:');
  }, 60_000);

  it('says in Ukrainian when no meeting was signed', async () => {
    const text = await pdfText(closingDossier(closingBundle(), 'uk'), 'closing-none-uk');
    expect(text).toContain('Заключна зустріч');
    expect(text).toContain('Для цього візиту підписання заключної зустрічі не записано.');
  }, 60_000);
});
