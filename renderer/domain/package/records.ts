import type { PackageLimits } from './limits';
import { problem, type Problem } from './problems';

/**
 * Bounds every record of a manifest on its JSON text, before it is parsed: one pass, no recursion, no allocation
 * beyond the few names it reports. JSON.parse itself survives 100 000 levels of nesting, but what comes after
 * does not (canonical forms, structured clone into IndexedDB, JSON.stringify: "Maximum call stack size
 * exceeded"), and ten million levels take JSON.parse alone 20 s. So the depth and size of each record are
 * checked here, and a problem names the record (`visits[0].audit[12 id=e-7]`) so it can be found.
 *
 * A "record" is anything the manifest holds at a fixed place: a visit's header and each entry of its tables,
 * each file and missing entry, and any other field of the manifest or a visit entry (loose objects keep fields
 * of later versions, which may nest too). Everything else is inside one of these, so nothing escapes the bound.
 */

const TABLES = new Set(['claims', 'answers', 'decisions', 'resolutions', 'photos', 'audit', 'signoffs', 'redactions']);
const LISTS = new Set(['visits', 'files', 'missing']);

type Step = string | number;

/** Is a container at this place one that holds records (descended into), rather than a record itself? */
function holdsRecords(path: readonly Step[], isArray: boolean): boolean {
  switch (path.length) {
    case 0: return !isArray;
    case 1: return isArray && LISTS.has(path[0] as string);
    case 2: return !isArray && path[0] === 'visits';
    case 3: return isArray && TABLES.has(path[2] as string);
    default: return false;
  }
}

interface Frame { isArray: boolean; key: string | null; index: number }

interface OpenRecord { path: Step[]; start: number; depth: number; deepest: number; id: string | null }

const OPEN_BRACE = 0x7b, CLOSE_BRACE = 0x7d, OPEN_BRACKET = 0x5b, CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22, BACKSLASH = 0x5c, COLON = 0x3a, COMMA = 0x2c;

function where(path: readonly Step[], id: string | null): string {
  let out = '';
  path.forEach((step, i) => {
    if (typeof step === 'number') out += i === path.length - 1 && id !== null ? `[${step} id=${id}]` : `[${step}]`;
    else out += out ? `.${step}` : step;
  });
  return out || '(top level)';
}

/** Where the string token starting at `at` (a quote) ends, just after its closing quote. */
function stringEnd(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i += 2;
    else if (c === QUOTE) return i + 1;
    else i++;
  }
  return text.length;
}

/** The value of the string token from `at` to `end`, escapes decoded. */
function stringValue(text: string, at: number, end: number): string {
  const raw = text.slice(at + 1, end - 1);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    // Not valid JSON: JSON.parse of the whole manifest reports it; the raw text names it well enough.
    return raw;
  }
}

/**
 * Problems for every record nested deeper than `maxRecordDepth` or longer than `maxRecordChars` characters.
 * The text need not be valid JSON: this only bounds it, JSON.parse and the schema judge it afterwards.
 */
export function checkRecordBounds(text: string, limits: Pick<PackageLimits, 'maxRecordDepth' | 'maxRecordChars'>): Problem[] {
  const problems: Problem[] = [];
  const stack: Frame[] = [];
  /** Containers open beyond the ones kept on `stack` (only inside a record, whose depth is all that matters). */
  let uncounted = 0;
  let open = null as OpenRecord | null;
  let expectKey = false;

  const pathHere = (): Step[] => stack.map((f) => (f.isArray ? f.index : (f.key ?? '')));
  const depth = () => stack.length + uncounted;

  const close = (end: number) => {
    const r = open as OpenRecord;
    open = null;
    const chars = end - r.start;
    const name = where(r.path, r.id);
    if (r.deepest > limits.maxRecordDepth) {
      problems.push(problem('record-too-deep', `The record ${name} is nested ${r.deepest} levels deep; at most ${limits.maxRecordDepth} are accepted.`, { where: name, depth: r.deepest, count: r.deepest, limit: limits.maxRecordDepth }));
    }
    if (chars > limits.maxRecordChars) {
      problems.push(problem('record-too-large', `The record ${name} is ${chars} characters long; at most ${limits.maxRecordChars} are accepted.`, { where: name, size: chars, count: chars, limit: limits.maxRecordChars }));
    }
  };

  /** A value starts at `at`: it may be a record of its own. */
  const valueStarts = (at: number, isContainer: boolean, isArray: boolean) => {
    if (open) return;
    const path = pathHere();
    if (isContainer && holdsRecords(path, isArray)) return;
    open = { path, start: at, depth: depth(), deepest: 0, id: null };
  };

  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      const isArray = c === OPEN_BRACKET;
      valueStarts(i, true, isArray);
      if (open) {
        uncounted++;
        const r: OpenRecord = open;
        r.deepest = Math.max(r.deepest, depth() - r.depth);
      } else stack.push({ isArray, key: null, index: 0 });
      expectKey = !isArray;
      i++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (uncounted > 0) uncounted--;
      else stack.pop();
      const r: OpenRecord | null = open;
      if (r && depth() === r.depth) close(i + 1);
      expectKey = false;
      i++;
    } else if (c === QUOTE) {
      const end = stringEnd(text, i);
      const r: OpenRecord | null = open;
      if (expectKey) {
        const top = stack[stack.length - 1];
        if (!r && top && !top.isArray) top.key = stringValue(text, i, end);
        // The record's own id, wherever it comes among its fields, to name the record by.
        if (r && depth() === r.depth + 1 && end - i === 4 && stringValue(text, i, end) === 'id') {
          let j = end;
          while (j < n && (text.charCodeAt(j) === COLON || text.charCodeAt(j) <= 0x20)) j++;
          if (text.charCodeAt(j) === QUOTE) r.id = stringValue(text, j, stringEnd(text, j)).slice(0, 200);
        }
      } else {
        valueStarts(i, false, false);
        const s: OpenRecord | null = open;
        if (s && depth() === s.depth) close(end);
      }
      expectKey = false;
      i = end;
    } else if (c === COMMA) {
      const top = stack[stack.length - 1];
      if (uncounted === 0 && top) {
        if (top.isArray) top.index++;
        else expectKey = true;
      } else if (uncounted > 0) {
        // Inside a record: only whether the next string is a key matters (for the record's id).
        expectKey = open !== null && depth() === (open as OpenRecord).depth + 1;
      }
      i++;
    } else if (c === COLON || c <= 0x20) {
      i++;
    } else {
      // A number, true, false or null: a record only when it stands where a record goes (a bare value).
      let j = i;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || d <= 0x20) break;
        j++;
      }
      valueStarts(i, false, false);
      const r: OpenRecord | null = open;
      if (r && depth() === r.depth) close(j);
      expectKey = false;
      i = j;
    }
  }
  // Unclosed at the end (truncated or not JSON): JSON.parse says so; the bounds are still checked.
  if (open) close(n);
  return problems;
}
