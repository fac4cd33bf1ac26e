import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../../renderer/domain/template/schema';
import { renderDossier, type RenderProgress } from '../../../renderer/pdf/dossier';
import { readDejaVuFonts } from '../../../renderer/pdf/node-fonts';
import { toolStrings } from '../../../renderer/domain/dossier/tool-strings';
import { sampleDossier, type Sample } from './sample';

const fonts = readDejaVuFonts();
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const dir = mkdtempSync(join(tmpdir(), 'siteproof-dossier-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Rendered { sample: Sample; file: string; text: string; pages: string[]; flat: string; progress: RenderProgress[] }

async function render(lang: Lang, light = false): Promise<Rendered> {
  const sample = sampleDossier(lang, { includePhotos: !light, showNotApplicable: true });
  const progress: RenderProgress[] = [];
  const bytes = await renderDossier(sample.model, sample.photos, { fonts, onProgress: (p) => progress.push(p) });
  const file = join(dir, `dossier-${lang}${light ? '-light' : ''}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  return { sample, file, text, pages, flat: text.replace(/\s+/g, ' '), progress };
}

/** Every ToUnicode entry of the file: proves a character was mapped to a glyph, not silently dropped. */
function mappedCodepoints(file: string): Set<number> {
  const pdf = readFileSync(file);
  const out = new Set<number>();
  let at = 0;
  for (;;) {
    const start = pdf.indexOf('stream', at);
    if (start < 0) break;
    const dataStart = pdf[start + 6] === 0x0d ? start + 8 : start + 7;
    const end = pdf.indexOf('endstream', dataStart);
    at = end + 9;
    let body: string;
    try {
      body = inflateSync(pdf.subarray(dataStart, end)).toString('latin1');
    } catch {
      continue;
    }
    if (!body.includes('beginbfchar')) continue;
    for (const m of body.matchAll(/<[0-9a-f]{4}><([0-9a-f]{4})>/gi)) out.add(parseInt(m[1], 16));
  }
  return out;
}

const docs: Partial<Record<Lang, Rendered>> = {};
beforeAll(async () => {
  for (const lang of ['ru', 'uk', 'en'] as const) docs[lang] = await render(lang);
}, 120_000);

describe.each(['ru', 'uk', 'en'] as const)('renderDossier (%s)', (lang) => {
  const get = () => docs[lang]!;

  it('shows every question title, each on its own page, and the verdict words', () => {
    const { sample, flat, pages } = get();
    const s = sample.model.labels;
    expect(sample.model.questions).toHaveLength(33);
    for (const q of sample.model.questions) {
      const heading = `${s.question} ${q.number}. ${q.title}`.replace(/\s+/g, ' ');
      expect(flat).toContain(heading);
      expect(pages.filter((p) => p.replace(/\s+/g, ' ').includes(heading))).toHaveLength(1);
    }
    const shown = new Set(sample.model.questions.map((q) => q.verdictText));
    expect(shown.size).toBeGreaterThanOrEqual(4);
    for (const word of shown) expect(flat).toContain(word);
    for (const word of [s.verdictMeets, s.verdictPartly, s.verdictNotMet, s.verdictNotVerified]) expect(flat).toContain(word);
  });

  it('numbers every page "N of M" and lists contents with the right page numbers', () => {
    const { sample, pages } = get();
    const s = sample.model.labels;
    const count = pages.filter((p) => p.trim() !== '').length;
    for (let n = 1; n <= count; n++) expect(pages[n - 1]).toContain(s.pageOf.replace('{{n}}', String(n)).replace('{{m}}', String(count)));
    expect(pages[1]).toContain(s.contents);
    const tocText = pages.slice(1, 3).join('\n');
    for (const q of sample.model.questions.slice(0, 5)) {
      const line = tocText.split('\n').find((l) => l.includes(`${s.questionShort} ${q.number}. `));
      expect(line, `contents line for question ${q.number}`).toBeDefined();
      const page = Number(/(\d+)\s*$/.exec(line!)![1]);
      expect(pages[page - 1].replace(/\s+/g, ' ')).toContain(`${s.question} ${q.number}. ${q.title}`);
    }
    const evidencePage = Number(new RegExp(`${s.appendixEvidence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ .]*?(\\d+)\\s*$`, 'm').exec(tocText)![1]);
    expect(pages[evidencePage - 1]).toContain(s.appendixEvidence);
  });

  it('gives each tool its own page after the questions, in the contents, with its findings in the summary', () => {
    const { sample, pages } = get();
    const t = toolStrings(lang);
    const flatPages = pages.map((p) => p.replace(/\s+/g, ' '));
    const tocText = pages.slice(1, 3).join('\n');
    for (const title of [t.staffingTitle, t.reportTitle]) {
      const line = tocText.split('\n').find((l) => l.includes(title));
      expect(line, `contents line for ${title}`).toBeDefined();
      const page = Number(/(\d+)\s*$/.exec(line!)![1]);
      expect(flatPages[page - 1]).toContain(title);
      expect(flatPages[page - 1]).toContain(t.inputs);
      expect(flatPages[page - 1]).toContain(t.formula);
    }
    const staffingPage = flatPages.find((p) => p.includes(t.staffingTitle) && p.includes(t.rowAgents))!;
    expect(staffingPage).toContain({ en: 'Erlang B', ru: 'Эрланга B', uk: 'Ерланга B' }[lang]);
    // 250 agents on the phones, 184 seats counted at question 1: a finding in the part and in the summary.
    expect(sample.model.tools.findings).toHaveLength(2);
    // The summary's list may run onto the next page: read the pages from its heading to the tools' part.
    const from = flatPages.findIndex((p) => p.includes(t.findingsTitle));
    const summaryText = flatPages.slice(from, from + 2).join(' ');
    for (const f of sample.model.tools.findings) expect(summaryText).toContain(f.replace(/\s+/g, ' ').slice(0, 40));
    expect(staffingPage).toContain('184');
    expect(staffingPage).toContain('250');
  });

  it('lists every photo in the evidence index with its full SHA-256 on one line', () => {
    const { sample, text } = get();
    expect(sample.shas).toHaveLength(6);
    for (const sha of sample.shas) expect(text).toContain(sha);
    expect(text).toContain(sample.model.labels.photoMismatch.split(':')[0]);
    expect(text).toContain(sample.model.labels.photoMissing.split(':')[0]);
  });

  it('prints every device id whole on one line, in the evidence index and the audit log', () => {
    const { sample, text } = get();
    const devices = [...new Set([...sample.model.evidence.map((e) => e.device), ...sample.model.audit.map((a) => a.device)])].filter((d) => d.length > 8);
    expect(devices.length).toBeGreaterThan(0);
    const lines = text.split('\n');
    for (const d of devices) expect(lines.some((l) => l.includes(d)), d).toBe(true);
  });

  it('embeds its two fonts once each, as tagged subsets, and lists no unused standard font', () => {
    const { file } = get();
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.map((r) => r.split(/\s+/)[0])).toEqual(['SPDJVR+DejaVuSans', 'SPDJVB+DejaVuSans-Bold']);
    for (const r of rows) expect(r).toMatch(/\byes\s+yes\s+yes\b/);
  });

  it('embeds each report JPEG as its own DCT image object', () => {
    const { sample, file } = get();
    const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2)
      .map((l) => l.trim().split(/\s+/)).map((c) => ({ width: Number(c[3]), height: Number(c[4]), enc: c[8], object: c[10] }));
    expect(list).toHaveLength(sample.embedded);
    expect(sample.embedded).toBe(5);
    expect(list.every((i) => i.enc === 'jpeg')).toBe(true);
    expect(new Set(list.map((i) => i.object)).size).toBe(list.length);
    const sameSize = list.filter((i) => i.width === 640 && i.height === 480);
    expect(sameSize.length).toBeGreaterThanOrEqual(2);
    expect(new Set(sameSize.map((i) => i.object)).size).toBe(sameSize.length);
  });

  it('carries each report JPEG byte for byte', () => {
    const { sample, file } = get();
    const prefix = join(dir, `extract-${lang}`);
    execFileSync('pdfimages', ['-j', file, prefix]);
    const extracted = readdirSync(dir).filter((f) => f.startsWith(`extract-${lang}-`)).map((f) => sha256(readFileSync(join(dir, f))));
    const embedded = sample.model.questions.flatMap((q) => q.photos).filter((p) => p.embed && sample.photos.has(p.id));
    expect(extracted.sort()).toEqual(embedded.map((p) => sha256(sample.photos.get(p.id)!.jpeg)).sort());
  });

  it('carries title, subject, author, keywords and creator in the metadata', () => {
    const { sample, file } = get();
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`Title:\\s+${sample.model.labels.dossierTitle}: ТОВ «Контакт-Сервіс Київ» № 2`));
    expect(info).toMatch(/Creator:\s+SiteProof/);
    expect(info).toMatch(/Author:\s+Олена Ковальчук, Игорь Соколов/);
    expect(info).toMatch(/Keywords:\s+SiteProof, ТОВ «Контакт-Сервіс Київ» № 2/);
    expect(info).toMatch(/Page size:\s+595.28 x 841.89 pts \(A4\)/);
  });

  it('reports progress up to the total', () => {
    const { progress } = get();
    expect(progress.length).toBeGreaterThan(30);
    const last = progress[progress.length - 1];
    expect(last.done).toBe(last.total);
    expect(progress.every((p, i) => i === 0 || p.done >= progress[i - 1].done)).toBe(true);
  });
});

describe('renderDossier: Cyrillic that fonts often lose', () => {
  it('keeps ґ є і ї ’ № « » — in the text layer', () => {
    const uk = docs.uk!;
    for (const needle of ['ТОВ «Контакт-Сервіс Київ» № 2', 'ґанок і їдальня', 'Досьє перевірки', 'є плакати', 'необов’язково', 'вул. Ярославська, 12 — 12.03.2025']) {
      expect(uk.text).toContain(needle);
    }
    expect(docs.ru!.text).toContain('Краткие итоги');
    expect(docs.ru!.flat).toContain('подтверждённая');
  });

  it('keeps the non-breaking space as a glyph (pdftotext prints it as a space)', () => {
    const uk = docs.uk!;
    // The caption is "ряд №\u00a03": a dropped character would print "№3".
    expect(uk.text).toMatch(/ряд № 3/);
    expect(mappedCodepoints(uk.file).has(0xa0)).toBe(true);
    for (const ch of 'ґєії’№«»—') expect(mappedCodepoints(uk.file).has(ch.codePointAt(0)!), ch).toBe(true);
  });
});

describe('renderDossier: light version and cancel', () => {
  it('embeds no image in the light version but still lists every photo', async () => {
    const light = await render('ru', true);
    const list = execFileSync('pdfimages', ['-list', light.file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(list).toHaveLength(0);
    for (const sha of light.sample.shas) expect(light.text).toContain(sha);
    expect(light.flat).toContain('не вставлено (облегчённая версия)');
  }, 60_000);

  it('shows a note instead of an image when report bytes are not a readable JPEG', async () => {
    const sample = sampleDossier('uk');
    const [first] = [...sample.photos.keys()];
    const photos = new Map(sample.photos);
    photos.set(first, { ...sample.photos.get(first)!, jpeg: new TextEncoder().encode('not a jpeg at all') });
    const bytes = await renderDossier(sample.model, photos, { fonts });
    const file = join(dir, 'dossier-unreadable.pdf');
    writeFileSync(file, bytes);
    const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(list).toHaveLength(sample.embedded - 1);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(sample.model.labels.photoUnreadable);
  }, 60_000);

  it('stops with an AbortError when cancelled', async () => {
    const sample = sampleDossier('en');
    const controller = new AbortController();
    let calls = 0;
    const run = renderDossier(sample.model, sample.photos, {
      fonts,
      signal: controller.signal,
      onProgress: () => {
        calls += 1;
        if (calls === 3) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toBeLessThan(10);
  }, 60_000);
});
