import { mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Template } from '../../../renderer/domain/template/schema';
import { AppShell } from '../pages/app-shell';
import { createVisit } from '../pages/visits-page';
import { VisitPageObject } from '../pages/visit-page';
import { closeClean, favicon, launchApp, skipReason, type AppSession } from '../support/browser';

const template = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../templates/callcenter-inbound.json'), 'utf8')) as Template;
const VENDOR = 'Capture Bar Vendor';
/** Set SITEPROOF_SHOTS to a folder to keep screenshots of the visit page at the sizes tested. */
const SHOTS = process.env.SITEPROOF_SHOTS;

async function makeJpeg(s: AppSession, text: string): Promise<Buffer> {
  const b64 = await s.page.evaluate((label) => {
    const c = document.createElement('canvas');
    c.width = 1600;
    c.height = 1200;
    const g = c.getContext('2d')!;
    g.fillStyle = '#f4efe1';
    g.fillRect(0, 0, 1600, 1200);
    g.fillStyle = '#222';
    g.font = '28px serif';
    for (let y = 80; y < 1200; y += 40) g.fillText(`${label} — certificate small print, line ${y / 40}`, 40, y);
    return c.toDataURL('image/jpeg', 0.9).split(',')[1];
  }, text);
  return Buffer.from(b64, 'base64');
}

describe.skipIf(skipReason() !== '')('photos where the evaluator stands', () => {
  let s: AppSession;
  let shell: AppShell;
  let v: VisitPageObject;
  let bar: Locator;
  const photoT = (key: string, o?: Record<string, unknown>) => v.photoT(key, o);
  const liveVideo = () => bar.locator('video').evaluate((el: HTMLVideoElement) =>
    el.srcObject instanceof MediaStream && el.srcObject.getVideoTracks().some((t) => t.readyState === 'live'));
  const notice = () => bar.getByRole('status');

  beforeAll(async () => {
    s = await launchApp({ width: 1280, height: 720 });
    shell = new AppShell(s.page, 'ru');
    await s.open('#/visits');
    await shell.setLanguage('en');
    v = new VisitPageObject(shell, template);
    await createVisit(s, shell, { template: `${template.id}@${template.version}`, vendor: VENDOR, site: 'Dnipro, Yavornytskoho 1', dateFrom: '2025-03-17', evaluators: 'Iryna Bondar', target: 'A', seats: '40' });
    await v.waitReady(VENDOR);
    bar = s.page.getByRole('region', { name: photoT('bar.region') });
    if (SHOTS) await mkdir(SHOTS, { recursive: true });
  });

  afterAll(() => closeClean(s, favicon));

  it('the camera stays on across questions; P takes a photo into the open step and says so once stored', async () => {
    await v.openQuestion(1);
    expect(await bar.textContent()).toContain(photoT('bar.target', { step: `1. ${v.title(1)} — ${v.stepPrompt(1, 'count-seats')}` }));
    const camera = bar.getByRole('button', { name: photoT('bar.cameraOff') });
    expect(await camera.getAttribute('aria-pressed')).toBe('false');
    await camera.click();
    await expect.poll(liveVideo).toBe(true);
    await expect.poll(() => bar.getAttribute('data-camera')).toBe('live');
    expect(await bar.getByRole('button', { name: photoT('bar.cameraOn') }).getAttribute('aria-pressed')).toBe('true');

    await s.page.keyboard.press('p');
    await expect.poll(() => notice().textContent(), { timeout: 20_000 }).toContain(photoT('bar.saved', { n: 1, step: `1. ${v.title(1)} — ${v.stepPrompt(1, 'count-seats')}` }));
    await expect.poll(() => v.photos(v.step(1, 'count-seats')).count()).toBe(1);

    // The next question: the camera is still live, and an interview step takes photos too.
    await s.page.keyboard.press('Alt+ArrowRight');
    await s.page.getByRole('heading', { level: 2, name: v.title(2), exact: true }).waitFor();
    expect(await liveVideo()).toBe(true);
    const q2 = v.question(2);
    const interview = q2.steps.find((st) => st.kind === 'interview')!;
    await v.step(2, interview.id).getByRole('heading', { name: v.stepPrompt(2, interview.id) }).click();
    await expect.poll(() => v.step(2, interview.id).getByText(v.t('step.photosHere'), { exact: true }).count()).toBe(1);
    await bar.getByRole('button', { name: photoT('bar.shutter') }).click();
    await expect.poll(() => notice().textContent(), { timeout: 20_000 }).toContain(photoT('bar.saved', { n: 2, step: `2. ${v.title(2)} — ${v.stepPrompt(2, interview.id)}` }));
    await expect.poll(() => v.photos(v.step(2, interview.id)).count()).toBe(1);

    // Turning it off gives the camera back; P then explains instead of failing silently.
    await bar.getByRole('button', { name: photoT('bar.cameraOn') }).click();
    expect(await bar.locator('video').evaluate((el: HTMLVideoElement) => el.srcObject)).toBeNull();
    await s.page.keyboard.press('p');
    await expect.poll(() => notice().textContent()).toBe(photoT('bar.needCamera'));
    // Once the camera is on, the hint to turn it on goes away instead of sitting under a live preview.
    await bar.getByRole('button', { name: photoT('bar.cameraOff') }).click();
    await expect.poll(liveVideo).toBe(true);
    await expect.poll(() => notice().textContent()).toBe('');
    await bar.getByRole('button', { name: photoT('bar.cameraOn') }).click();
  });

  it('? lists the shortcuts; Esc closes the list', async () => {
    await s.page.keyboard.press('?');
    const help = s.page.getByRole('dialog', { name: photoT('help.title') });
    await help.waitFor();
    const text = await help.textContent();
    for (const key of ['help.shoot', 'help.camera', 'help.help']) expect(text).toContain(photoT(key));
    expect(text).toContain(v.t('help.nextOpen'));
    await s.page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
  });

  it('a photo opens full size: number, step, time, author, SHA-256, arrows, 100 %, editable caption, Esc', async () => {
    await v.openQuestion(1);
    const step = v.step(1, 'count-seats');
    await v.importPhoto(step, { name: 'iso-certificate.jpg', mimeType: 'image/jpeg', buffer: await makeJpeg(s, 'ISO 27001') });
    await expect.poll(() => v.photos(step).count(), { timeout: 20_000 }).toBe(2);
    await step.getByRole('button', { name: photoT('card.open', { n: 1 }) }).click();
    const viewer = s.page.getByRole('dialog', { name: photoT('viewer.title', { n: 1 }) });
    await viewer.waitFor();
    const facts = await viewer.textContent();
    expect(facts).toContain(`1. ${v.stepPrompt(1, 'count-seats')}`);
    // No author name is set on this laptop yet, and the viewer says so rather than leaving a gap.
    expect(facts).toContain(`${photoT('viewer.author')}${photoT('card.unnamed')}`);
    expect(facts).toMatch(/SHA-256[0-9a-f]{64}/);

    await s.page.keyboard.press('ArrowRight');
    const second = s.page.getByRole('dialog', { name: photoT('viewer.title', { n: 3 }) });
    await second.waitFor();
    expect(await second.textContent()).toContain('iso-certificate.jpg');
    const img = second.getByRole('img');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(1600);
    // Fitted to the window first; at 100 % one image pixel is one screen pixel.
    expect(await img.evaluate((i: HTMLImageElement) => i.getBoundingClientRect().width)).toBeLessThan(1600);
    await second.getByRole('button', { name: photoT('viewer.actualSize') }).click();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => Math.round(i.getBoundingClientRect().width))).toBe(1600);

    const caption = second.getByLabel(photoT('card.caption'));
    await caption.fill('ISO 27001 certificate, valid to 2026');
    await caption.press('Enter');
    await s.page.keyboard.press('Escape');
    await second.waitFor({ state: 'detached' });
    await expect.poll(() => step.getByRole('listitem', { name: photoT('card.label', { n: 3 }), exact: true }).getByLabel(photoT('card.caption')).inputValue())
      .toBe('ISO 27001 certificate, valid to 2026');
  });

  for (const size of [{ width: 1024, height: 768 }, { width: 1366, height: 850 }]) {
    it(`does not scroll sideways at ${size.width}×${size.height}`, async () => {
      await s.page.setViewportSize(size);
      // Russian labels are the longest (the tab row alone made the page 1083 px wide at 1024).
      for (const lang of ['ru', 'uk', 'en'] as const) {
        await shell.setLanguage(lang);
        for (const tab of ['share', 'claims', 'checklist'] as const) {
          await v.tab(tab).click();
          if (tab === 'checklist') await v.openQuestion(1);
          const widths = await s.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
          expect(widths.scroll, `${lang}, ${tab} tab at ${size.width}px`).toBeLessThanOrEqual(widths.inner);
        }
        if (SHOTS && lang === 'ru') await s.page.screenshot({ path: `${SHOTS}/visit-${size.width}x${size.height}-ru.png` });
      }
      if (SHOTS) await s.page.screenshot({ path: `${SHOTS}/visit-${size.width}x${size.height}.png` });
    });
  }

  it('at 1280×720 the capture controls of the open step are in view without scrolling', async () => {
    await s.page.setViewportSize({ width: 1280, height: 720 });
    await v.openQuestion(2);
    const camera = bar.getByRole('button', { name: new RegExp(`^(${photoT('bar.cameraOff')}|${photoT('bar.cameraOn')})`) });
    for (const control of [bar.getByRole('button', { name: photoT('bar.shutter') }), camera, bar.getByRole('button', { name: photoT('bar.help') })]) {
      const box = await control.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(720);
    }
    if (SHOTS) await s.page.screenshot({ path: `${SHOTS}/visit-1280x720.png` });
  });

  it('at 1024×768 in Russian the bar keeps one row and the count buttons it would cover scroll clear of it', async () => {
    await s.page.setViewportSize({ width: 1024, height: 768 });
    await shell.setLanguage('ru');
    await v.openQuestion(1);
    const ruBar = s.page.getByRole('region', { name: photoT('bar.region') });
    const barBox = await ruBar.boundingBox();
    expect(barBox!.height, 'the bar grew to two rows of controls').toBeLessThanOrEqual(110);
    const step = v.step(1, 'count-seats');
    const clearOfBar = async (button: Locator) => {
      // Scrolled as the keyboard would, from the top of the page: the control must end up above the bar.
      await s.page.evaluate(() => window.scrollTo(0, 0));
      await button.focus();
      return button.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit === el || el.contains(hit);
      });
    };
    const plus = v.plus(step);
    expect(await clearOfBar(plus), '+1 is under the capture bar').toBe(true);
    await plus.press('Enter');
    const minus = step.getByRole('button', { name: v.t('count.minus', { zone: v.t('count.wholeSite') }) });
    await expect.poll(() => minus.isEnabled()).toBe(true);
    expect(await clearOfBar(minus), '−1 is under the capture bar').toBe(true);
    if (SHOTS) await s.page.screenshot({ path: `${SHOTS}/count-1024x768-ru.png` });
  });
});
