import { findJpegFrame } from '../domain/photo/dimensions';
import { toBinaryString } from './fonts';

/**
 * jsPDF holds every image as a JavaScript "binary string" and, at the end, turns the whole file into bytes
 * one character at a time: for a dossier with 200 photos that is most of the run and several 75 MB copies in
 * memory. So jsPDF lays the pages out around a small stand-in per photo (SOI, a tagged comment, the photo's
 * own frame header, EOI: jsPDF reads size and colour model from it), and the real JPEG bytes are written in
 * while the file is assembled, with each stream's /Length and the cross-reference table corrected. The photo
 * bytes go into the file untouched; anything unexpected in jsPDF's output stops the dossier with an error
 * rather than producing a damaged file.
 */
export class JpegSplice {
  private readonly tag: string;
  private readonly photos: Uint8Array[] = [];
  private readonly standIns: string[] = [];
  private readonly byAlias = new Map<string, Uint8Array>();

  constructor(nonce: string = randomNonce()) {
    this.tag = `SiteProof-jpeg ${nonce} `;
  }

  get count(): number {
    return this.photos.length;
  }

  /**
   * The bytes to give jsPDF's addImage in place of `jpeg` (one stand-in per alias, as jsPDF keeps one image
   * object per alias), or null when `jpeg` has no frame header and so cannot be embedded.
   */
  standIn(alias: string, jpeg: Uint8Array): Uint8Array | null {
    const known = this.byAlias.get(alias);
    if (known) return known;
    const frame = findJpegFrame(jpeg);
    if (!frame) return null;
    const comment = latin1Bytes(`${this.tag}${this.photos.length}`);
    const out = new Uint8Array(2 + 4 + comment.length + frame.length + 2);
    out.set([0xff, 0xd8, 0xff, 0xfe, (comment.length + 2) >> 8, (comment.length + 2) & 0xff], 0);
    out.set(comment, 6);
    out.set(jpeg.subarray(frame.offset, frame.offset + frame.length), 6 + comment.length);
    out.set([0xff, 0xd9], out.length - 2);
    this.photos.push(jpeg);
    this.standIns.push(toBinaryString(out));
    this.byAlias.set(alias, out);
    return out;
  }

  /** The finished file: jsPDF's output (`doc.output()`, a binary string) with every stand-in replaced by its photo. */
  assemble(pdf: string): Uint8Array {
    const edits = this.streamEdits(pdf);
    const xref = rebuildXref(pdf, edits);
    const pieces: (string | Uint8Array)[] = [];
    let at = 0;
    for (const e of edits) {
      pieces.push(pdf.slice(at, e.at), e.insert);
      at = e.at + e.remove;
    }
    pieces.push(pdf.slice(at, xref.at), xref.text);
    const size = pieces.reduce((n, p) => n + p.length, 0);
    const out = new Uint8Array(size);
    let o = 0;
    for (const p of pieces) {
      if (typeof p === 'string') {
        for (let i = 0; i < p.length; i++) out[o + i] = p.charCodeAt(i);
      } else {
        out.set(p, o);
      }
      o += p.length;
    }
    return out;
  }

  /** Two edits per photo, in file order: its stream's /Length value, then the stream data itself. */
  private streamEdits(pdf: string): Edit[] {
    const edits: Edit[] = [];
    const seen = new Set<number>();
    for (let hit = pdf.indexOf(this.tag); hit >= 0; hit = pdf.indexOf(this.tag, hit + 1)) {
      const digits = /^\d+/.exec(pdf.slice(hit + this.tag.length, hit + this.tag.length + 12));
      const index = digits ? Number(digits[0]) : -1;
      const standIn = this.standIns[index];
      const start = hit - 6;
      if (standIn === undefined || seen.has(index) || !pdf.startsWith(standIn, start)) throw spliceError(`stand-in ${index} is not where it should be`);
      if (pdf.slice(start - 7, start) !== 'stream\n' || !pdf.startsWith('\nendstream', start + standIn.length)) throw spliceError(`stand-in ${index} is not a whole stream`);
      const lengthKey = pdf.lastIndexOf('\n/Length ', start);
      const objectStart = pdf.lastIndexOf(' obj\n', start);
      const lengthValue = lengthKey + '\n/Length '.length;
      const declared = lengthKey > objectStart ? /^\d+/.exec(pdf.slice(lengthValue, lengthValue + 12))?.[0] : undefined;
      if (declared !== String(standIn.length)) throw spliceError(`stand-in ${index} has no matching /Length`);
      seen.add(index);
      edits.push({ at: lengthValue, remove: declared.length, insert: String(this.photos[index].length) });
      edits.push({ at: start, remove: standIn.length, insert: this.photos[index] });
    }
    if (seen.size !== this.photos.length) throw spliceError(`${this.photos.length - seen.size} of ${this.photos.length} photos are missing from the layout`);
    return edits;
  }
}

interface Edit { at: number; remove: number; insert: string | Uint8Array }

/**
 * The classic cross-reference table jsPDF writes ("xref", "0 N", N twenty-byte entries, trailer, startxref)
 * with every object offset moved by the size change of the edits before it. Returns where the old table
 * starts and the new text from there to the end of the file.
 */
function rebuildXref(pdf: string, edits: Edit[]): { at: number; text: string } {
  const startxref = pdf.lastIndexOf('\nstartxref\n');
  const xrefAt = Number(/^\d+/.exec(pdf.slice(startxref + 11, startxref + 23))?.[0] ?? NaN);
  const head = /^xref\n0 (\d+)\n/.exec(pdf.slice(xrefAt, xrefAt + 32));
  if (startxref < 0 || !head) throw spliceError('the cross-reference table was not found');
  if (edits.length > 0 && edits[edits.length - 1].at >= xrefAt) throw spliceError('a photo stream follows the cross-reference table');
  const positions = edits.map((e) => e.at);
  const shifts: number[] = [];
  let total = 0;
  for (const e of edits) shifts.push((total += e.insert.length - e.remove));
  // Offset o moves by the size change of every edit that starts before it.
  const shift = (o: number): number => {
    let lo = 0;
    let hi = positions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[mid] < o) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : shifts[lo - 1];
  };
  const count = Number(head[1]);
  const entriesAt = xrefAt + head[0].length;
  const lines: string[] = [head[0].slice(0, -1)];
  for (let i = 0; i < count; i++) {
    const entry = pdf.slice(entriesAt + i * 20, entriesAt + i * 20 + 20);
    if (!/^\d{10} \d{5} [nf] \n$/.test(entry)) throw spliceError(`cross-reference entry ${i} is malformed`);
    const offset = Number(entry.slice(0, 10));
    const moved = entry[17] === 'n' && offset > 0 ? offset + shift(offset) : offset;
    lines.push(String(moved).padStart(10, '0') + entry.slice(10, 19));
  }
  const tail = pdf.slice(entriesAt + count * 20, startxref + 1);
  return { at: xrefAt, text: `${lines.join('\n')}\n${tail}startxref\n${xrefAt + total}\n%%EOF` };
}

function spliceError(detail: string): Error {
  return new Error(`The dossier could not put its photos into the PDF: ${detail}.`);
}

function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}
