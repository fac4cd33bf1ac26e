import jpeg from 'jpeg-js';
import type { Rng } from './random';

/**
 * Photo-like JPEGs made from nothing: a lit wall, a floor, rows of desks with monitors, a window, and sensor
 * noise, so that the encoder has real work and the files come out the size camera photos have (a few MB at
 * 12 MP), not the few KB a flat test image would give.
 */
export interface Scene {
  wall: [number, number, number];
  floor: [number, number, number];
  light: number;
  desks: { x: number; y: number; w: number; h: number; color: [number, number, number] }[];
  window: { x: number; y: number; w: number; h: number };
  seed: number;
}

export function randomScene(rng: Rng): Scene {
  const tone = () => rng.int(60, 200);
  const desks: Scene['desks'] = [];
  const rows = rng.int(2, 4);
  for (let r = 0; r < rows; r++) {
    const y = 0.45 + r * (0.5 / rows);
    const count = rng.int(3, 6);
    for (let i = 0; i < count; i++) {
      desks.push({ x: 0.05 + i * (0.9 / count), y, w: 0.8 / count, h: 0.06 + r * 0.02, color: [rng.int(30, 90), rng.int(30, 90), rng.int(40, 110)] });
    }
  }
  return {
    wall: [tone(), tone(), tone()],
    floor: [rng.int(40, 120), rng.int(40, 100), rng.int(30, 90)],
    light: rng.next() * 0.6 + 0.2,
    desks,
    window: { x: rng.next() * 0.6, y: 0.08, w: 0.2 + rng.next() * 0.15, h: 0.22 },
    seed: rng.u32(),
  };
}

/** Renders the scene at any size (the three variants are the same picture at three sizes). */
export function renderScene(scene: Scene, width: number, height: number): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  let s = scene.seed >>> 0;
  const horizon = 0.42;
  for (let y = 0; y < height; y++) {
    const v = y / height;
    for (let x = 0; x < width; x++) {
      const u = x / width;
      let [r, g, b] = v < horizon ? scene.wall : scene.floor;
      // Light falls off from one side; the floor darkens towards the camera.
      let shade = 1 - Math.abs(u - scene.light) * 0.5 - (v > horizon ? (v - horizon) * 0.4 : 0);
      const w = scene.window;
      if (u > w.x && u < w.x + w.w && v > w.y && v < w.y + w.h) {
        const frame = Math.abs(u - (w.x + w.w / 2)) < 0.004 || Math.abs(v - (w.y + w.h / 2)) < 0.004;
        [r, g, b] = frame ? [230, 230, 225] : [150 + 80 * (1 - (v - w.y) / w.h), 190, 235];
        shade = 1;
      }
      for (const d of scene.desks) {
        if (u > d.x && u < d.x + d.w && v > d.y && v < d.y + d.h) {
          [r, g, b] = d.color;
          // A monitor sits on each desk: a dark bezel around a bright, slightly blue screen.
          const mx = d.x + d.w * 0.3;
          if (u > mx && u < mx + d.w * 0.4 && v < d.y + d.h * 0.55) [r, g, b] = u > mx + 0.003 && u < mx + d.w * 0.4 - 0.003 && v > d.y + 0.004 ? [170, 200, 235] : [20, 20, 24];
        }
      }
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      const noise = ((s >>> 26) & 15) - 8;
      const i = (y * width + x) * 4;
      data[i] = Math.max(0, Math.min(255, r * shade + noise));
      data[i + 1] = Math.max(0, Math.min(255, g * shade + noise));
      data[i + 2] = Math.max(0, Math.min(255, b * shade + noise));
      data[i + 3] = 255;
    }
  }
  return data;
}

export function encodeJpeg(scene: Scene, width: number, height: number, quality: number): Uint8Array {
  const out = jpeg.encode({ width, height, data: renderScene(scene, width, height) }, quality);
  return new Uint8Array(out.data.buffer, out.data.byteOffset, out.data.byteLength);
}
