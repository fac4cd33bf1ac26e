import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errors, fromModules, templates } from '../../renderer/db/shipped-templates';

const dir = new URL('../../templates/', import.meta.url);
const json = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

describe('shipped templates', () => {
  it('loads every templates/*.json file without errors', () => {
    expect(errors).toEqual([]);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(templates).toHaveLength(files.length);
    expect(templates.map((t) => t.id).sort()).toEqual(['callcenter-inbound', 'selection-factors']);
  });

  it('reports a broken file by name and still loads the others', () => {
    const broken = { ...(json('selection-factors.json') as object), id: 'Not An Id' };
    const r = fromModules({
      '../../templates/callcenter-inbound.json': json('callcenter-inbound.json'),
      '../../templates/zz-broken.json': broken,
    });
    expect(r.templates.map((t) => t.id)).toEqual(['callcenter-inbound']);
    expect(r.errors).toEqual(['templates/zz-broken.json: id: ids use lower-case letters, digits and dashes']);
  });

  it('refuses a second file with the same id and version', () => {
    const r = fromModules({
      '../../templates/a.json': json('selection-factors.json'),
      '../../templates/b.json': json('selection-factors.json'),
    });
    expect(r.templates).toHaveLength(1);
    expect(r.errors).toEqual(['templates/b.json: id: template "selection-factors" version 1.0.0 is already loaded from templates/a.json']);
  });
});
