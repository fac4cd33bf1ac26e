import type { Locator, Page } from 'playwright-core';

/** The full-size photo viewer and its redaction editor, found by the names a user sees (English UI). */
export class PhotoViewerPage {
  constructor(readonly page: Page, readonly n: number) {}

  get dialog(): Locator { return this.page.getByRole('dialog', { name: `Photo ${this.n}` }); }
  get redactButton(): Locator { return this.dialog.getByRole('button', { name: /^Redact( again)?$/ }); }
  get surface(): Locator { return this.dialog.getByRole('application', { name: 'Photo to redact' }); }
  get saveButton(): Locator { return this.dialog.getByRole('button', { name: 'Save redacted copy' }); }
  get cancelButton(): Locator { return this.dialog.getByRole('button', { name: 'Cancel' }); }
  get showOriginal(): Locator { return this.dialog.getByRole('button', { name: 'Show original' }); }
  /** The picture area; its accessible name says which copy it shows ("Redacted copy of the photo" or "Photo at full size"). */
  get stage(): Locator { return this.dialog.locator('.photo-viewer__stage'); }
  get shownImage(): Locator { return this.dialog.locator('.photo-viewer__stage img'); }
  get shapes(): Locator { return this.dialog.getByRole('list', { name: 'Areas and marks' }).getByRole('listitem'); }
  tool(name: 'Black out area' | 'Arrow' | 'Circle' | 'Text'): Locator { return this.dialog.getByRole('button', { name, exact: true }); }
  /** A fact of the side panel by its term ("SHA-256 of the original"). */
  fact(term: string): Locator { return this.dialog.locator('.photo-viewer__facts div').filter({ has: this.page.getByText(term, { exact: true }) }).locator('dd'); }

  /** Drags with the mouse across the redaction surface between two points given in 0..1 of its size. */
  async drag(from: [number, number], to: [number, number]): Promise<void> {
    const box = (await this.surface.boundingBox())!;
    const at = ([fx, fy]: [number, number]) => [box.x + fx * box.width, box.y + fy * box.height] as const;
    await this.page.mouse.move(...at(from));
    await this.page.mouse.down();
    await this.page.mouse.move(...at([(from[0] + to[0]) / 2, (from[1] + to[1]) / 2]), { steps: 4 });
    await this.page.mouse.move(...at(to), { steps: 4 });
    await this.page.mouse.up();
  }
}
