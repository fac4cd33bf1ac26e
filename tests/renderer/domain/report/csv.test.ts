import { describe, expect, it } from 'vitest';
import { checkReport, parseFigure, parseIntervalsCsv, CSV_LIMITS } from '../../../../renderer/domain/report';

const HEADER = 'interval,offered,answered,answered_within,abandoned,abandoned_short,talk_time,acw_time,agents,wait_time';

describe('parseFigure', () => {
  it.each([
    ['12', false, 12], ['12.5', false, 12.5], ['12,5', false, 12.5], ['1 234', false, 1234], ['1\u00a0234,5', false, 1234.5],
    ['00:04:05', true, 245], ['4:05', true, 245], ['1:00:00', true, 3600], ['0:00:01,5', true, 1.5], ['-3', false, -3],
  ])('%j (duration: %s) → %f', (raw, duration, value) => {
    expect(parseFigure(raw, duration)).toBe(value);
  });
  it.each([['', false], ['abc', false], ['1e3', false], ['0x10', false], ['4:05', false], ['4:75', true], ['1.2.3', false]])('refuses %j (duration: %s)', (raw, duration) => {
    expect(parseFigure(raw, duration)).toBeUndefined();
  });
});

describe('parseIntervalsCsv', () => {
  it('reads a comma-separated export and converts agents logged in to logged-in time', () => {
    const text = `${HEADER}\n09:00,200,180,160,20,8,36000,5400,30,2700\n09:30,300,250,200,50,20,50000,7500,40,6250\n`;
    const r = parseIntervalsCsv(text, 30);
    expect(r.problems).toEqual([]);
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]).toEqual({ line: 2, label: '09:00', offered: 200, answered: 180, answeredWithin: 160, abandoned: 20, abandonedShort: 8, talkSeconds: 36000, acwSeconds: 5400, loggedInSeconds: 54000, waitSeconds: 2700 });
    const c = checkReport({ data: { thresholdSeconds: 20, rows: r.rows }, stated: { serviceLevel: 72 } });
    expect(c.ok && c.value.indicators[0].status).toBe('consistent');
  });

  it('reads a Russian Excel export: semicolons, decimal commas, h:mm:ss, a BOM, Russian headers, CRLF', () => {
    const text = '\uFEFFИнтервал;Поступило;Принято;Принято в SL;Потеряно;Потеряно до 15 с;Время разговора;Поствызывная обработка;Операторов\r\n'
      + '01.03 09:00;200;180;160;20;8;10:00:00;1:30:00;29,5\r\n';
    const r = parseIntervalsCsv(text, 60);
    expect(r.problems).toEqual([]);
    expect(r.delimiter).toBe(';');
    expect(r.rows[0]).toMatchObject({ label: '01.03 09:00', offered: 200, talkSeconds: 36000, acwSeconds: 5400, loggedInSeconds: 29.5 * 3600 });
    expect(r.rows[0].waitSeconds).toBeUndefined();
  });

  it('lists columns it does not know instead of using them silently', () => {
    const r = parseIntervalsCsv(`${HEADER},notes\n09:00,1,1,1,0,0,10,5,1,0,hi\n`, 15);
    expect(r.problems).toEqual([]);
    expect(r.ignoredColumns).toEqual(['notes']);
  });

  it('names the line of every bad row, and keeps the good ones', () => {
    const text = [
      HEADER,
      '09:00,200,180,160,20,8,36000,5400,30,2700',
      '09:30,lots,250,200,50,20,50000,7500,40,6250',
      '10:00,300,250,200,-5,20,50000,7500,40,6250',
      '10:30,300,250.5,200,5,2,50000,7500,40,6250',
      '11:00,300,250,200',
      '',
      '11:30,300,250,200,50,20,50000,7500,40,6250',
    ].join('\n');
    const r = parseIntervalsCsv(text, 30);
    expect(r.rows.map((x) => x.line)).toEqual([2, 8]);
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ['csv-not-a-number', 3], ['csv-negative', 4], ['csv-not-whole', 5], ['csv-field-count', 6],
    ]);
    expect(r.problems[0].message).toBe('Line 3, column offered: "lots" is not a number.');
    expect(r.problems[3].message).toMatch(/^Line 6: 4 field\(s\), but the header has 10 \(a decimal comma/);
  });

  it('counts lines right after a quoted field that spans lines', () => {
    const text = `${HEADER}\n"09:00\nMonday",200,180,160,20,8,36000,5400,30,2700\n09:30,x,250,200,50,20,50000,7500,40,6250\n`;
    const r = parseIntervalsCsv(text, 30);
    expect(r.rows[0]).toMatchObject({ line: 2, label: '09:00 Monday' });
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([['csv-not-a-number', 4]]);
  });

  it('reports a broken quote with its line', () => {
    const r = parseIntervalsCsv(`${HEADER}\n09:00,200,180,160,20,8,36000,5400,30,2700\n"09:30,300,250,200,50,20,50000,7500,40,6250\n`, 30);
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([['csv-syntax', 3]]);
  });

  it('says which columns a header lacks', () => {
    const r = parseIntervalsCsv('offered,answered\n1,1\n', 30);
    expect(r.rows).toEqual([]);
    expect(r.problems[0]).toMatchObject({ code: 'csv-missing-columns', line: 1 });
    expect(r.problems[0].message).toMatch(/lacks the column\(s\) answered_within, abandoned, abandoned_short, talk_time, acw_time, agents/);
  });

  it('refuses a column named twice, an empty file and a header alone', () => {
    expect(parseIntervalsCsv(`${HEADER},offered\n`, 30).problems[0].code).toBe('csv-duplicate-column');
    expect(parseIntervalsCsv('', 30).problems.map((p) => p.code)).toEqual(['csv-empty']);
    expect(parseIntervalsCsv('\n\n', 30).problems.map((p) => p.code)).toEqual(['csv-empty']);
    expect(parseIntervalsCsv(`${HEADER}\n`, 30).problems[0].message).toMatch(/header \(line 1\) but no intervals/);
  });

  it('caps the rows and the repeated messages', () => {
    const many = `${HEADER}\n${'09:00,1,1,1,0,0,1,1,1,0\n'.repeat(CSV_LIMITS.rows + 5)}`;
    expect(parseIntervalsCsv(many, 15).problems.map((p) => p.code)).toEqual(['csv-too-large']);
    const bad = `${HEADER}\n${'09:00,x,1,1,0,0,1,1,1,0\n'.repeat(50)}`;
    const r = parseIntervalsCsv(bad, 15);
    expect(r.problems).toHaveLength(CSV_LIMITS.problemsPerCode + 1);
    expect(r.problems.at(-1)?.message).toBe('…and 30 more problem(s) of the same kind.');
  });

  it('strips control characters from labels taken from the file', () => {
    const r = parseIntervalsCsv(`${HEADER}\n"\u001b[31m09:00\u0007",1,1,1,0,0,1,1,1,0\n`, 15);
    expect(r.rows[0].label).toBe('[31m09:00');
  });
});
