import { describe, expect, it } from 'vitest';
import { field, printable } from '../../cli/printable';

describe('printable', () => {
  it('makes ESC, OSC, NUL, C0, DEL, C1 and bidi controls visible as \\uXXXX', () => {
    expect(printable('Evil\u001b[2J\u001b]0;title\u0007\u0000 SOUND')).toBe('Evil\\u001b[2J\\u001b]0;title\\u0007\\u0000 SOUND');
    expect(printable('a\u007fb\u009bc\u0085d')).toBe('a\\u007fb\\u009bc\\u0085d');
    expect(printable('\u202eDNUOS\u2066x\u2069\u200f\u061c')).toBe('\\u202eDNUOS\\u2066x\\u2069\\u200f\\u061c');
    expect(printable('line\roverwritten\u2028')).toBe('line\\u000doverwritten\\u2028');
  });

  it('keeps line feeds and tabs the CLI writes itself; a field keeps nothing that breaks its line', () => {
    expect(printable('one\n\ttwo')).toBe('one\n\ttwo');
    expect(field('Site\r\n  files: SOUND')).toBe('Site\\u000d\\u000a  files: SOUND');
  });

  it('leaves ordinary text in any script alone, and is idempotent', () => {
    const text = 'ТОВ «Контакт-Сервіс» — Київ, № 41; שלום; 呼叫中心 😀';
    expect(printable(text)).toBe(text);
    const once = printable('x\u001by\u202e');
    expect(printable(once)).toBe(once);
  });

  it('escapes in a form JSON reads back as the same characters', () => {
    const value = 'Evil\u009b2J\u202e';
    expect(JSON.parse(printable(JSON.stringify({ value })))).toEqual({ value });
  });
});
