import {
  addPhoto, listPendingDerivatives, makeDerivatives, type AddPhotoInput, type AddPhotoResult, type DeriveOutcome, type Deriver,
} from '../../db/photos';
import { getIdentity, type Identity } from '../../db/identity';
import { readIdentity } from '../../db/settings';
import { requestPersistence } from '../../db/storage';
import type { PhotoRedaction } from '../../domain/model';
import { DeriverUnavailableError, type RedactionDraft } from '../../domain/photo';
import { redactPhoto, type Redactor } from '../../db/redactions';
import type { DeriveRequest, DeriveResponse } from './derive-protocol';

/**
 * The capture pipeline the components use: store first (the promise the UI waits on), then queue the
 * derivatives for the one shared worker. Photos are derived one at a time so a burst of imports never
 * competes with itself for the two cores of a field laptop.
 */

/** 'deferred': not done now (worker crashed, disk full); the photo stays pending and the next start retries. */
export type QueueOutcome = DeriveOutcome | 'deferred';

export interface SavedPhoto extends AddPhotoResult {
  /** Settles once the report copy and thumbnail are stored (or could not be made); never rejects. */
  derived: Promise<QueueOutcome>;
}

interface Pending { resolve: (r: DeriveResponse) => void; reject: (e: unknown) => void }

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = WithoutId<DeriveRequest>;

/** One module worker, created on first use and re-created if it dies; it makes derivatives and redacted copies. */
export function createWorkerDeriver(): { derive: Deriver; redact: Redactor; dispose(): void } {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (why: string) => {
    for (const p of pending.values()) p.reject(new DeriverUnavailableError(why));
    pending.clear();
    worker?.terminate();
    worker = null;
  };

  const ensure = (): Worker => {
    if (worker) return worker;
    const w = new Worker(new URL('./derive.worker.ts', import.meta.url), { type: 'module', name: 'photo-derivatives' });
    w.onmessage = (event: MessageEvent<DeriveResponse>) => {
      const p = pending.get(event.data.id);
      pending.delete(event.data.id);
      p?.resolve(event.data);
    };
    w.onerror = (event) => { event.preventDefault(); failAll(event.message || 'the photo worker stopped'); };
    w.onmessageerror = () => failAll('the photo worker sent an unreadable message');
    worker = w;
    return w;
  };

  const call = async (request: Request): Promise<DeriveResponse & { ok: true }> => {
    const id = nextId++;
    const response = await new Promise<DeriveResponse>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      try {
        ensure().postMessage({ ...request, id } as DeriveRequest);
      } catch (e) {
        pending.delete(id);
        reject(new DeriverUnavailableError(e instanceof Error ? e.message : String(e)));
      }
    });
    if (!response.ok) throw new Error(response.error);
    return response;
  };

  const derive: Deriver = async (original, specs) => {
    const response = await call({ kind: 'derive', original, specs });
    if (!('images' in response)) throw new Error('the photo worker answered with something else');
    return response.images;
  };
  const redact: Redactor = async (original, draft) => {
    const response = await call({ kind: 'redact', original, draft });
    if (!('redacted' in response)) throw new Error('the photo worker answered with something else');
    return response.redacted;
  };

  return { derive, redact, dispose: () => failAll('disposed') };
}

let sharedWorker: ReturnType<typeof createWorkerDeriver> | null = null;
const worker = () => (sharedWorker ??= createWorkerDeriver());

let sharedDeriver: Deriver | null = null;
function deriver(): Deriver {
  sharedDeriver ??= worker().derive;
  return sharedDeriver;
}

/** Lets a test page swap the worker for another deriver. */
export function setDeriver(d: Deriver | null): void {
  sharedDeriver = d;
}

/** Makes and stores a redacted copy of a photo in the shared worker (see db/redactions.ts). */
export async function saveRedaction(photoId: string, draft: RedactionDraft): Promise<PhotoRedaction> {
  return redactPhoto(await currentIdentity(), photoId, draft, worker().redact);
}

let tail: Promise<unknown> = Promise.resolve();
const queued = new Map<string, Promise<QueueOutcome>>();

export function queueDerivatives(photoId: string, original?: Blob): Promise<QueueOutcome> {
  const existing = queued.get(photoId);
  if (existing) return existing;
  const run = async (): Promise<QueueOutcome> => {
    try {
      return await makeDerivatives(photoId, deriver(), original);
    } catch (e) {
      console.warn('photo derivatives deferred', photoId, e);
      return 'deferred';
    } finally {
      queued.delete(photoId);
    }
  };
  const job = tail.then(run, run);
  tail = job;
  queued.set(photoId, job);
  return job;
}

/** Who is capturing: read without a write when the device id exists, created once otherwise. */
export async function currentIdentity(): Promise<Identity> {
  const who = await readIdentity();
  return who.device ? who : getIdentity();
}

/** Stores one photo (resolves once it is safely committed) and queues its derivatives. */
export async function savePhoto(input: AddPhotoInput, who?: Identity): Promise<SavedPhoto> {
  const result = await addPhoto(who ?? (await currentIdentity()), input);
  const derived = result.photo.derivatives === 'pending'
    ? queueDerivatives(result.photo.id, result.duplicate ? undefined : result.original)
    : Promise.resolve<QueueOutcome>(result.photo.derivatives === 'ready' ? 'ready' : 'failed');
  return { ...result, derived };
}

let started: Promise<void> | null = null;

/**
 * Once per session: ask the browser to keep our data under storage pressure, and finish derivatives that a
 * previous session left pending (the app was closed or killed mid-way). Safe to call from every component.
 */
export function startPhotoPipeline(): Promise<void> {
  started ??= (async () => {
    await requestPersistence();
    for (const photo of await listPendingDerivatives()) void queueDerivatives(photo.id);
  })().catch((e: unknown) => console.warn('photo pipeline start', e));
  return started;
}
