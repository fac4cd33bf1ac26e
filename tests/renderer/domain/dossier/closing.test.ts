import { describe, expect, it } from 'vitest';
import { closingBundle, OLENA } from '../closing/fixtures';
import { afterTheMeeting, closingDossier, signedOff } from '../closing/signed';

describe('the dossier’s closing meeting part', () => {
  it('says when no sign-off is recorded', () => {
    const m = closingDossier(closingBundle());
    expect(m.closing.none).toBe('No closing meeting sign-off is recorded for this visit.');
    expect(m.closing.meetings).toEqual([]);
  });

  it('gives the attendees, each finding as shown with the vendor’s answer and comment, and both signatures with their SHA-256', () => {
    const s = signedOff();
    const m = closingDossier(closingBundle({ signoffs: [s] }));
    expect(m.closing.none).toBeUndefined();
    const [meeting] = m.closing.meetings;
    expect(meeting.attendees[0]).toEqual(['Vendor’s representative', 'Petro Ivanenko, Operations director']);
    expect(meeting.attendees[1]).toEqual(['For the audit team', OLENA.author]);
    expect(meeting.findingsHash).toBe(s.findingsHash);
    expect(meeting.hashOk).toBe(true);
    expect(meeting.findings.map((f) => [f.key, f.answer])).toEqual([
      ['discrepancy:seats', 'disputed'], ['not-met:seats', 'accepted'], ['not-met:generator', 'accepted'],
      ['recording-owed:recording:call', 'accepted'], ['document-owed:iso:cert', 'accepted'],
    ]);
    expect(meeting.findings[0]).toMatchObject({ comment: 'Hall 2 was not counted', resolutions: ['Dispute not resolved yet'] });
    expect(meeting.findings.every((f) => f.changed === undefined)).toBe(true);
    expect(meeting.signatures.map((x) => [x.label, x.method, x.sha256])).toEqual([
      ['Evaluator’s signature', 'Drawn signature', s.evaluator.signature.method === 'drawn' ? s.evaluator.signature.image.sha256 : ''],
      ['Vendor representative’s signature', 'Drawn signature', s.vendor.status === 'signed' && s.vendor.signature.method === 'drawn' ? s.vendor.signature.image.sha256 : ''],
    ]);
    expect(meeting.signatures[0].image?.alias).toBe(`signature-${s.id}-evaluator`);
    expect(meeting.changes).toEqual([]);
    expect(m.questions.every((q) => !q.warnings.some((w) => w.includes('closing meeting')))).toBe(true);
  });

  it('marks findings changed after the meeting, with what changed, the dispute resolution and the captures edited since', () => {
    const m = closingDossier(afterTheMeeting());
    const [meeting] = m.closing.meetings;
    const byKey = new Map(meeting.findings.map((f) => [f.key, f]));
    expect(byKey.get('discrepancy:seats')?.changed).toMatch(/^changed after the meeting: Claimed: 250 — found: 194/);
    expect(byKey.get('recording-owed:recording:call')?.changed).toBe('no longer a finding');
    expect(byKey.get('not-met:generator')?.changed).toBeUndefined();
    expect(byKey.get('discrepancy:seats')?.resolutions[0]).toMatch(/^Resolved \(changed\) by Олена Ковальчук at .*: Hall 2 recounted with the vendor$/);
    expect(meeting.changes).toHaveLength(3);
    expect(meeting.changes[0]).toMatch(/At the meeting: Claimed: 250 — found: 184.* Now: Claimed: 250 — found: 194/);
    expect(meeting.edits).toHaveLength(2);
    const seats = m.questions.find((q) => q.id === 'seats')!;
    expect(seats.warnings.some((w) => w.startsWith('Changed after the closing meeting:'))).toBe(true);
  });

  it('labels in the dossier’s language, findings in the meeting’s, and says which', () => {
    const m = closingDossier(closingBundle({ signoffs: [signedOff()] }), 'uk');
    expect(m.closing.title).toBe('Заключна зустріч');
    expect(m.closing.intro).toContain('(англійська)');
    expect(m.closing.meetings[0].findings[0].text).toMatch(/^Claimed: 250/);
    expect(m.closing.meetings[0].findings[0].answer).toBe('оскаржено');
  });

  it('shows two different sign-offs side by side, as a conflict', () => {
    const m = closingDossier(closingBundle({ signoffs: [signedOff('a'), signedOff('b', { minute: 61 })] }));
    expect(m.closing.conflict).toMatch(/Two different sign-offs/);
    expect(m.closing.meetings.map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('says so when the frozen findings were altered after signing', () => {
    const s = signedOff();
    const m = closingDossier(closingBundle({ signoffs: [{ ...s, findings: s.findings.slice(1) }] }));
    expect(m.closing.meetings[0].hashOk).toBe(false);
    expect(m.closing.meetings[0].hashText).toMatch(/do NOT match/);
  });
});
