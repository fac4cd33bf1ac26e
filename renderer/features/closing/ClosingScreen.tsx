import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParseKeys, TFunction } from 'i18next';
import {
  checkSignoff, closingFindings, closingState, compareFindings, disputeResolutions, draftProblems, editsAfter, makeSignoff, standingResolution,
  type DisputeOutcome, type PostMeetingChange, type SignoffProblem,
} from '../../domain/closing';
import { clock } from '../../domain/clock';
import type { ClosingAnswer, ClosingFinding, ClosingResponse, ClosingSignoff, SignatureMark, VisitBundle } from '../../domain/model';
import { LANGS, type Lang, type Template } from '../../domain/template/schema';
import { formatInstant, visitTimeZone } from '../../domain/time';
import { evaluateVisit } from '../../domain/verdict';
import { resolveDispute, saveSignoff } from '../../db/closing';
import { getIdentity } from '../../db/identity';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Banner } from '../../ui/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { ToggleGroup } from '../../ui/ToggleGroup';
import { SignatureField } from './SignatureField';
import './closing.css';

type Size = 'normal' | 'large' | 'xlarge';
type T = TFunction<'closing'>;

const LANG_NAMES: Record<Lang, string> = { ru: 'Русский', uk: 'Українська', en: 'English' };

function useFindings(template: Template, bundle: VisitBundle, lang: Lang): ClosingFinding[] {
  return useMemo(() => {
    const evaluation = evaluateVisit(template, bundle, { lang });
    return closingFindings(template, evaluation, bundle.visit.targetCategory, lang, { timeZone: visitTimeZone(bundle.visit) });
  }, [template, bundle, lang]);
}

const PROBLEM_KEY: Record<Exclude<SignoffProblem, 'missing-answers'>, ParseKeys<'closing'>> = {
  'no-representative': 'sign.missingName',
  'no-evaluator-name': 'error.noEvaluatorSignature',
  'no-evaluator-signature': 'error.noEvaluatorSignature',
  'no-vendor-signature': 'error.noVendorSignature',
  'no-refusal-reason': 'refuse.reasonRequired',
  'dispute-without-comment': 'response.commentRequired',
  'unknown-finding': 'sign.missingAnswers',
  'not-png': 'error.tooLarge',
  'empty-typed-name': 'error.emptyTyped',
};

function FindingHead({ f, n, t }: { f: ClosingFinding; n: number; t: T }) {
  return (
    <>
      <div className="cl-finding__meta">
        <span className="cl-finding__n">{n}.</span> <span className={`cl-kind cl-kind--${f.kind}`}>{t(`kind.${f.kind}`)}</span>
        {' · '}{t('finding.question', { number: f.number, title: f.title })}
      </div>
      <p className="cl-finding__text">{f.text}</p>
    </>
  );
}

/** The meeting as it is held: findings with the vendor's answers, names, signatures or a refusal, then "sign and close". */
function MeetingForm({ bundle, findings, lang, t }: { bundle: VisitBundle; findings: ClosingFinding[]; lang: Lang; t: T }) {
  const [repName, setRepName] = useState('');
  const [repRole, setRepRole] = useState('');
  const [evaluatorName, setEvaluatorName] = useState(bundle.visit.evaluators[0] ?? '');
  const [responses, setResponses] = useState<Record<string, ClosingResponse>>({});
  const [evaluatorSig, setEvaluatorSig] = useState<SignatureMark | null>(null);
  const [vendorSig, setVendorSig] = useState<SignatureMark | null>(null);
  const [refused, setRefused] = useState(false);
  const [refusal, setRefusal] = useState('');
  const [shown, setShown] = useState<SignoffProblem[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const photos = bundle.photos.filter((p) => !p.deleted);

  const respond = (key: string, patch: Partial<ClosingResponse>) =>
    setResponses((r) => {
      const known: ClosingResponse = r[key] ?? { key, answer: 'accept', comment: '' };
      return { ...r, [key]: { ...known, ...patch } };
    });

  const draft = () => ({
    representative: { name: repName, role: repRole },
    evaluator: { name: evaluatorName, signature: evaluatorSig },
    vendor: refused ? { status: 'refused' as const, reason: refusal } : { status: 'signed' as const, signature: vendorSig },
    responses: findings.flatMap((f) => (responses[f.key] ? [responses[f.key]] : [])),
  });
  const problems = draftProblems(draft(), findings);
  const missing = findings.filter((f) => !responses[f.key]).length;

  const trySign = () => {
    setShown(problems);
    if (!problems.length) setConfirming(true);
  };

  const sign = async () => {
    const who = await getIdentity();
    const made = makeSignoff(draft(), findings, { id: crypto.randomUUID(), visitId: bundle.visit.id, author: who.author, device: who.device, signedAt: clock.nowIso(), lang });
    if (!made.ok) {
      setShown(made.problems);
      setConfirming(false);
      return;
    }
    try {
      await saveSignoff(who, made.signoff);
    } catch (e) {
      setError(t('sign.failed', { reason: e instanceof Error ? e.message : String(e) }));
      setConfirming(false);
    }
  };

  const messages: string[] = (shown ?? []).map((p) => (p === 'missing-answers' ? t('sign.missingAnswers', { count: missing }) : t(PROBLEM_KEY[p])));

  return (
    <div className="cl-form">
      <section aria-labelledby="cl-findings-h">
        <h3 id="cl-findings-h" className="cl-h">{t('findings.heading', { count: findings.length })}</h3>
        {findings.length === 0 && <p>{t('findings.none')}</p>}
        <ol className="cl-findings">
          {findings.map((f, i) => {
            const r = responses[f.key];
            const n = i + 1;
            return (
              <li key={f.key} className="cl-finding" data-testid={`cl-finding-${f.key}`}>
                <FindingHead f={f} n={n} t={t} />
                <ToggleGroup label={t('response.label', { n })} showLabel={false} value={(r?.answer ?? '') as ClosingAnswer}
                  options={[{ value: 'accept', label: t('response.accept') }, { value: 'dispute', label: t('response.dispute') }]}
                  onChange={(answer) => respond(f.key, { answer })} />
                {r?.answer === 'dispute' && (
                  <>
                    <TextAreaField label={t('response.comment', { n })} value={r.comment} rows={2} required
                      error={shown && !r.comment.trim() ? t('response.commentRequired') : null}
                      onChange={(e) => respond(f.key, { comment: e.target.value })} />
                    {photos.length > 0 && (
                      <SelectField label={t('response.photo', { n })} value={r.photoId ?? ''}
                        onChange={(e) => respond(f.key, { photoId: e.target.value || undefined })}>
                        <option value="">{t('response.photoNone')}</option>
                        {photos.map((p) => <option key={p.id} value={p.id}>{t('response.photoOption', { n: p.number ?? '—', caption: p.caption || p.fileName || '' })}</option>)}
                      </SelectField>
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="cl-rep-h" className="cl-people">
        <h3 id="cl-rep-h" className="cl-h">{t('representative.heading')}</h3>
        <TextField label={t('representative.name')} value={repName} onChange={(e) => setRepName(e.target.value)} required />
        <TextField label={t('representative.role')} value={repRole} onChange={(e) => setRepRole(e.target.value)} required />
        <TextField label={t('evaluator.name')} value={evaluatorName} onChange={(e) => setEvaluatorName(e.target.value)} required />
      </section>

      <section className="cl-signatures">
        <SignatureField who={t('signature.evaluator')} testId="cl-sig-evaluator" value={evaluatorSig} onChange={setEvaluatorSig} t={t} />
        <label className="cl-check">
          <input type="checkbox" checked={refused} onChange={(e) => setRefused(e.target.checked)} />
          {t('refuse.toggle')}
        </label>
        {refused
          ? <TextAreaField label={t('refuse.reason')} value={refusal} rows={2} required onChange={(e) => setRefusal(e.target.value)} />
          : <SignatureField who={t('signature.vendor')} testId="cl-sig-vendor" value={vendorSig} onChange={setVendorSig} t={t} />}
      </section>

      {messages.length > 0 && <Banner tone="warning" title={t('sign.button')} messages={[...new Set(messages)]} />}
      {error && <Banner tone="error" title={error} />}
      <Button variant="primary" className="cl-sign" onClick={trySign}>{t('sign.button')}</Button>
      {confirming && (
        <ConfirmDialog title={t('sign.button')} message={t('sign.confirm')} confirmLabel={t('sign.button')}
          onConfirm={sign} onCancel={() => setConfirming(false)} />
      )}
    </div>
  );
}

function SignatureShown({ label, mark, t }: { label: string; mark: SignatureMark; t: T }) {
  return (
    <figure className="cl-signed-sig">
      <figcaption>{label} — {mark.method === 'drawn' ? t('signature.drawnNote') : t('signature.typedNote')}</figcaption>
      {mark.method === 'drawn'
        ? (
          <>
            <img src={`data:image/png;base64,${mark.image.pngBase64}`} alt={label} className="cl-signed-sig__img" />
            <div className="cl-hash">{t('signed.signatureHash', { hash: mark.image.sha256 })}</div>
          </>
        )
        : <p className="cl-typed">{mark.typedName}</p>}
    </figure>
  );
}

function DisputeForm({ signoff, findingKey, n, t }: { signoff: ClosingSignoff; findingKey: string; n: number; t: T }) {
  const [outcome, setOutcome] = useState<DisputeOutcome | ''>('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (!outcome || !reason.trim()) {
      setError(t('dispute.reasonRequired'));
      return;
    }
    try {
      await resolveDispute(await getIdentity(), { visitId: signoff.visitId, signoffId: signoff.id, findingKey, outcome, reason });
      setOutcome('');
      setReason('');
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="cl-dispute">
      <ToggleGroup label={t('dispute.outcome', { n })} showLabel={false} value={outcome as DisputeOutcome}
        options={[{ value: 'kept', label: t('dispute.kept') }, { value: 'changed', label: t('dispute.changed') }]} onChange={setOutcome} />
      <TextField label={t('dispute.reason', { n })} value={reason} onChange={(e) => setReason(e.target.value)} error={error} />
      <Button small onClick={() => void save()}>{t('dispute.save')}</Button>
    </div>
  );
}

function changeLine(c: PostMeetingChange, t: T): string {
  if (c.type === 'added') return `${t('change.added')}: ${t('finding.question', { number: c.finding.number, title: c.finding.title })} — ${c.finding.text}`;
  if (c.type === 'removed') return `${t('change.removed')}: ${t('finding.question', { number: c.finding.number, title: c.finding.title })} — ${c.finding.text}`;
  return `${t('change.changed')} (${c.fields.map((f) => t(`change.field.${f}`)).join(', ')}): ${t('finding.question', { number: c.after.number, title: c.after.title })}`;
}

/** A signed meeting: what was signed, as signed, and what changed since. */
function SignedView({ signoff, bundle, template, t }: { signoff: ClosingSignoff; bundle: VisitBundle; template: Template; t: T }) {
  const tz = visitTimeZone(bundle.visit);
  const current = useFindings(template, bundle, signoff.lang);
  const changes = compareFindings(signoff.findings, current);
  const changedBy = new Map(changes.map((c) => [c.key, c]));
  const check = checkSignoff(signoff);
  const resolutions = disputeResolutions(signoff, bundle.audit);
  const edits = editsAfter(bundle, signoff.signedAt);
  const numberOf = new Map(template.sections.flatMap((s) => s.questions.map((q) => [q.id, q.number] as const)));
  const at = (iso: string) => formatInstant(iso, signoff.lang, tz);
  return (
    <div className="cl-signed" data-testid="cl-signed">
      <h3 className="cl-h">{t('signed.heading')}</h3>
      <p>{t('signed.at', { at: at(signoff.signedAt) })}</p>
      <p>{t('signed.representative', { name: signoff.representative.name, role: signoff.representative.role })}</p>
      <p>{t('signed.evaluator', { name: signoff.evaluator.name })}</p>
      <p className="cl-hash">{t('signed.hash', { hash: signoff.findingsHash })}</p>
      <p className={check.ok ? 'cl-ok' : 'cl-bad'} role={check.ok ? undefined : 'alert'}>{check.ok ? t('signed.hashOk') : t('signed.hashBad')}</p>
      <ol className="cl-findings">
        {signoff.findings.map((f, i) => {
          const r = signoff.responses.find((x) => x.key === f.key);
          const change = changedBy.get(f.key);
          const list = resolutions.get(f.key);
          const standing = standingResolution(list);
          const photo = r?.photoId ? bundle.photos.find((p) => p.id === r.photoId) : undefined;
          return (
            <li key={f.key} className={`cl-finding${change ? ' cl-finding--changed' : ''}`} data-testid={`cl-signed-${f.key}`}>
              <FindingHead f={f} n={i + 1} t={t} />
              <p className="cl-answer"><strong>{t(`answer.${r?.answer ?? 'none'}`)}</strong>{r?.comment ? ` — ${t('signed.comment', { comment: r.comment })}` : ''}</p>
              {photo && <p>{t('signed.photo', { photo: t('response.photoOption', { n: photo.number ?? '—', caption: photo.caption || photo.fileName || '' }) })}</p>}
              {change && <p className="cl-change" data-testid="cl-change-mark">{changeLine(change, t)}{change.type === 'changed' ? ` — ${t('changes.after', { text: change.after.text })}` : ''}</p>}
              {r?.answer === 'dispute' && (
                <>
                  {(list ?? []).map((x) => (
                    <p key={x.auditId} className="cl-resolution">{t('dispute.resolved', { outcome: t(`resolution.${x.outcome}`), author: x.author || '—', at: at(x.at), reason: x.reason })}</p>
                  ))}
                  {!standing && <p className="cl-muted">{t('dispute.open')}</p>}
                  <DisputeForm signoff={signoff} findingKey={f.key} n={i + 1} t={t} />
                </>
              )}
            </li>
          );
        })}
      </ol>
      <div className="cl-signed-sigs">
        <SignatureShown label={t('signature.evaluator')} mark={signoff.evaluator.signature} t={t} />
        {signoff.vendor.status === 'signed'
          ? <SignatureShown label={t('signature.vendor')} mark={signoff.vendor.signature} t={t} />
          : <p className="cl-bad">{t('signed.refused', { reason: signoff.vendor.reason })}</p>}
      </div>
      <section aria-labelledby={`cl-changes-${signoff.id}`} data-testid="cl-changes">
        <h3 id={`cl-changes-${signoff.id}`} className="cl-h">{t('changes.heading')}</h3>
        {changes.length === 0 ? <p>{t('changes.none')}</p> : (
          <ul>
            {changes.map((c) => (
              <li key={`${c.type}-${c.key}`}>
                {changeLine(c, t)}
                {c.type === 'changed' && (
                  <>
                    <br />{t('changes.before', { text: c.before.text })}
                    <br />{t('changes.after', { text: c.after.text })}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        {edits.length > 0 && (
          <>
            <h4>{t('changes.edits')}</h4>
            <ul>
              {edits.map((e) => (
                <li key={`${e.table}-${e.id}`}>{t('changes.edit', { number: numberOf.get(e.questionId) ?? e.questionId, what: e.stepId ?? e.table, author: e.author || '—', at: at(e.at) })}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

/** The visit's "Closing meeting" tab. */
export function ClosingScreen({ bundle, template, uiLang }: { bundle: VisitBundle; template: Template; uiLang: Lang }) {
  const [lang, setLang] = useState<Lang>(uiLang);
  const [size, setSize] = useState<Size>('large');
  const state = closingState(bundle);
  const shownLang = state.status === 'signed' ? state.signoff.lang : lang;
  const { t } = useTranslation('closing', { lng: shownLang });
  const findings = useFindings(template, bundle, lang);
  return (
    <section className={`cl cl--${size}`} lang={shownLang} aria-labelledby="cl-heading" data-testid="closing-screen">
      <h2 id="cl-heading" tabIndex={-1} className="cl-title">{t('heading')}</h2>
      <div className="cl-controls">
        {state.status === 'open' && (
          <SelectField label={t('language')} value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            {LANGS.map((l) => <option key={l} value={l}>{LANG_NAMES[l]}</option>)}
          </SelectField>
        )}
        <ToggleGroup label={t('fontSize')} value={size} onChange={setSize}
          options={[{ value: 'normal', label: t('fontSize.normal') }, { value: 'large', label: t('fontSize.large') }, { value: 'xlarge', label: t('fontSize.xlarge') }]} />
      </div>
      {state.status === 'open' && (
        <>
          <p className="cl-intro">{t('intro')}</p>
          <MeetingForm key={lang} bundle={bundle} findings={findings} lang={lang} t={t} />
        </>
      )}
      {state.status === 'signed' && <SignedView signoff={state.signoff} bundle={bundle} template={template} t={t} />}
      {state.status === 'conflict' && (
        <>
          <Banner tone="warning" title={t('signed.conflict')} />
          {state.signoffs.map((s) => <SignedView key={s.id} signoff={s} bundle={bundle} template={template} t={t} />)}
        </>
      )}
    </section>
  );
}
