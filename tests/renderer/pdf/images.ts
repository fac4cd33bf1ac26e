import jpeg from 'jpeg-js';

/** Deterministic pseudo-random numbers, so generated photos are the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
}

/**
 * A photo-like JPEG: a lit gradient "room", rows of "desks", and grain, so its size at quality 80 is in the
 * range of a real report-size photo rather than a flat colour's few kilobytes.
 */
export function makeJpeg(width: number, height: number, seed: number, quality = 80, grain = 18): Uint8Array {
  const rand = rng(seed * 7919 + 17);
  const data = new Uint8ClampedArray(width * height * 4);
  const base = [60 + rand() * 120, 60 + rand() * 120, 60 + rand() * 120];
  const desks: [number, number, number, number, number][] = [];
  for (let i = 0; i < 14; i++) desks.push([rand() * width, rand() * height, 40 + rand() * width * 0.2, 20 + rand() * height * 0.12, rand() * 200]);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      const light = 0.55 + 0.45 * (1 - y / height) * (0.6 + 0.4 * Math.sin((x / width) * Math.PI));
      let r = base[0] * light, g = base[1] * light, b = base[2] * light;
      for (const [dx, dy, dw, dh, tone] of desks) {
        if (x >= dx && x < dx + dw && y >= dy && y < dy + dh) { r = tone; g = tone * 0.9; b = tone * 0.8; }
      }
      const n = (rand() - 0.5) * grain;
      data[o] = r + n; data[o + 1] = g + n; data[o + 2] = b + n; data[o + 3] = 255;
    }
  }
  return new Uint8Array(jpeg.encode({ width, height, data: new Uint8Array(data.buffer) }, quality).data);
}

/** The same picture with a COM segment after SOI: different bytes (and hash) without re-encoding. */
export function withComment(jpegBytes: Uint8Array, text: string): Uint8Array {
  const comment = new TextEncoder().encode(text);
  const len = comment.length + 2;
  const out = new Uint8Array(jpegBytes.length + 4 + comment.length);
  out.set(jpegBytes.subarray(0, 2), 0);
  out.set([0xff, 0xfe, len >> 8, len & 0xff], 2);
  out.set(comment, 6);
  out.set(jpegBytes.subarray(2), 6 + comment.length);
  return out;
}
