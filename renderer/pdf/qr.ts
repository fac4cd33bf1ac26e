import type { jsPDF } from 'jspdf';
import { encode } from 'uqr';

/**
 * Draws a QR code as vector squares (one rectangle per run of dark modules in a row), so it stays sharp at any
 * zoom and needs no canvas: the same code runs in the PDF worker and in the CLI. uqr encodes; error correction M
 * survives a crease or a stamp on a printed page. A white quiet zone of four modules surrounds it.
 */
export function drawQr(doc: jsPDF, text: string, x: number, y: number, size: number): void {
  const { data, size: n } = encode(text, { ecc: 'M', border: 0 });
  const quiet = 4;
  const unit = size / (n + 2 * quiet);
  doc.setFillColor(255, 255, 255);
  doc.rect(x, y, size, size, 'F');
  doc.setFillColor(0, 0, 0);
  for (let row = 0; row < n; row++) {
    let run = -1;
    for (let col = 0; col <= n; col++) {
      const dark = col < n && data[row]![col];
      if (dark && run < 0) run = col;
      if (!dark && run >= 0) {
        // A hair wider than the module so neighbouring runs never show a seam in viewers' anti-aliasing.
        doc.rect(x + (quiet + run) * unit, y + (quiet + row) * unit, (col - run) * unit + 0.01, unit + 0.01, 'F');
        run = -1;
      }
    }
  }
}
