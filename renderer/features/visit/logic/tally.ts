import { isCounted, type CountData } from '../../../domain/model';

/** The single zone used when a count step is not split by room. */
export const WHOLE_SITE = 'all';

export const emptyCount = (): CountData => ({ zones: [{ id: WHOLE_SITE, name: '', count: 0 }] });

export function countTotal(data: CountData): number {
  return data.zones.reduce((sum, z) => sum + z.count, 0);
}

/** A count typed by hand: a whole, non-negative number; anything else is rejected rather than guessed. */
export function parseCount(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,7}$/.test(t)) return null;
  return Number(t);
}

export function setZoneCount(data: CountData, zoneId: string, count: number): CountData {
  const n = Math.max(0, Math.floor(count));
  // Above zero the number speaks for itself; an entered zero is flagged so it is not mistaken for "not counted yet".
  return {
    zones: data.zones.map((z) => {
      if (z.id !== zoneId) return z;
      const { counted: _flag, ...rest } = z;
      return n > 0 ? { ...rest, count: n } : { ...rest, count: 0, counted: true };
    }),
  };
}

export function bumpZone(data: CountData, zoneId: string, delta: number): CountData {
  const zone = data.zones.find((z) => z.id === zoneId);
  return zone ? setZoneCount(data, zoneId, zone.count + delta) : data;
}

/** Adds a named zone (e.g. "floor 2"); an unnamed whole-site zone that is still empty makes way for it. */
export function addZone(data: CountData, name: string, id: string): CountData {
  const zones = data.zones.filter((z) => !(z.id === WHOLE_SITE && !isCounted(z) && !z.name));
  return { zones: [...zones, { id, name: name.trim(), count: 0 }] };
}

export function renameZone(data: CountData, zoneId: string, name: string): CountData {
  return { zones: data.zones.map((z) => (z.id === zoneId ? { ...z, name } : z)) };
}

export function removeZone(data: CountData, zoneId: string): CountData {
  const zones = data.zones.filter((z) => z.id !== zoneId);
  return zones.length ? { zones } : emptyCount();
}
