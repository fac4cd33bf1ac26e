import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitBundle } from '../../domain/model';
import type { Lang, Template } from '../../domain/template/schema';
import { selectAnswers, stepKey } from '../../domain/answers';
import { evaluateVisit } from '../../domain/verdict';
import { useTemplates } from '../../db/templates';
import { findTemplate } from '../../domain/template/registry';
import { DossierButton } from '../dossier';
import { ConflictReview, PackagesPanel } from '../packages';
import { CaptureBar } from '../photos';
import { localize } from '../../domain/template/library';
import type { QuestionResult } from '../../domain/verdict/types';
import { saveAnswer, type AnswerInput } from '../../db/answers';
import { useIdentity } from '../../db/hooks';
import { getIdentity, type Identity } from '../../db/identity';
import { readLastQuestion, saveLastQuestion } from '../../db/ui-state';
import { useVisitBundle } from '../../db/visit-bundle';
import { href } from '../../routing/route';
import { Button, ButtonLink } from '../../ui/Button';
import { Banner } from '../../ui/ErrorBanner';
import { Loading } from '../../ui/Loading';
import { useLang } from '../../ui/use-lang';
import { ChecklistNav } from './ChecklistNav';
import { ClaimsPanel } from './ClaimsPanel';
import { neighbour, nextOpenStep, visibleResults } from './logic/nav';
import { SaveQueue } from './logic/save-queue';
import { describeError } from './logic/errors';
import { i18next } from '../../i18n';
import { QuestionView } from './QuestionView';
import { VisitContext, type VisitModel } from './visit-context';
import { VisitHeader } from './VisitHeader';
import { VisitSummary } from './VisitSummary';
import { ReportScreen } from './tools/ReportScreen';
import { loadDrafts } from './tools/draft';
import { StaffingScreen } from './tools/StaffingScreen';
import { ClosingScreen } from '../closing';
import './visit.css';

const TABS = ['checklist', 'claims', 'staffing', 'report', 'closing', 'share'] as const;
type Tab = (typeof TABS)[number];
interface FocusTarget { questionId: string; stepId?: string; seq: number }

/** Remembering the place is a convenience: a failed write leaves the page starting at the first open question. */
function rememberQuestion(visitId: string, questionId: string): void {
  void saveLastQuestion(visitId, questionId).catch(() => undefined);
}

/**
 * Where the evaluator was in this visit, read from the database once per visit: the question open when they last
 * left it (returned; undefined while reading) and the tools' unconfirmed drafts (loaded for the tool screens).
 */
function useLastQuestion(visitId: string): string | null | undefined {
  const [read, setRead] = useState<{ visitId: string; questionId: string | null } | null>(null);
  useEffect(() => {
    let cancelled = false;
    void Promise.all([readLastQuestion(visitId).catch(() => null), loadDrafts(visitId)]).then(([questionId]) => {
      if (!cancelled) setRead({ visitId, questionId });
    });
    return () => { cancelled = true; };
  }, [visitId]);
  return read?.visitId === visitId ? read.questionId : undefined;
}

/** Where photos go when the evaluator has not picked a step: the first step still to capture, else the first step. */
function defaultStep(r: QuestionResult): string {
  const open = r.steps?.find((f) => !f.complete && !f.optional) ?? r.steps?.find((f) => !f.complete);
  return open?.stepId ?? r.question.steps[0].id;
}

function stepLabel(r: QuestionResult, stepId: string, lang: Lang): string {
  const step = r.question.steps.find((s) => s.id === stepId);
  return `${r.question.number}. ${localize(r.question.title, lang)} — ${step ? localize(step.prompt, lang) : stepId}`;
}

function Workspace({ bundle, template, me, lang, queue, lastQuestion }: {
  bundle: VisitBundle;
  lastQuestion: string | null;
  template: Template;
  me: Identity | undefined;
  lang: Lang;
  queue: SaveQueue<AnswerInput>;
}) {
  const { t } = useTranslation('visit');
  const visit = bundle.visit;
  const [tab, setTab] = useState<Tab>('checklist');
  const [showAll, setShowAll] = useState(false);
  const [selected, setSelected] = useState<string | null>(lastQuestion);
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const [lastStep, setLastStep] = useState<{ questionId: string; stepId: string } | null>(null);
  const [picked, setPicked] = useState<{ questionId: string; stepId: string } | null>(null);
  const evaluation = useMemo(() => evaluateVisit(template, bundle, { lang }), [template, bundle, lang]);
  const selection = useMemo(() => selectAnswers(bundle), [bundle]);
  const standing = selection.byStep;
  const conflicts = useMemo(() => new Set(selection.conflicts.map((c) => stepKey(c.questionId, c.stepId))), [selection]);
  const failedSaves = useSyncExternalStore(queue.subscribe, () => queue.failed().length);

  const results = visibleResults(evaluation, showAll);
  const current = evaluation.results.find((r) => r.question.id === selected)
    ?? results.find((r) => r.status === 'open') ?? results[0] ?? evaluation.results[0];
  const currentId = current?.question.id ?? null;

  const goTo = useCallback((questionId: string, stepId?: string) => {
    setSelected(questionId);
    setTab('checklist');
    setFocus((f) => ({ questionId, stepId, seq: (f?.seq ?? 0) + 1 }));
    setLastStep(stepId ? { questionId, stepId } : null);
    if (stepId) setPicked({ questionId, stepId });
    rememberQuestion(visit.id, questionId);
  }, [visit.id]);

  const [conflictFocus, setConflictFocus] = useState(0);
  const showConflicts = useCallback(() => {
    setTab('share');
    setConflictFocus((n) => n + 1);
  }, []);

  useEffect(() => {
    if (!conflictFocus) return;
    const el = document.getElementById('pk-conflicts');
    el?.scrollIntoView({ block: 'start', behavior: 'auto' });
    el?.focus({ preventScroll: true });
  }, [conflictFocus]);

  useEffect(() => {
    if (!focus) return;
    const el = document.getElementById(focus.stepId ? `vp-step-${focus.questionId}-${focus.stepId}` : `q-title-${focus.questionId}`);
    el?.scrollIntoView({ block: 'start', behavior: 'auto' });
    el?.focus({ preventScroll: true });
  }, [focus]);

  const nav = {
    previous: neighbour(results, currentId, -1),
    next: neighbour(results, currentId, 1),
    nextOpen: nextOpenStep(results, { questionId: currentId, stepId: lastStep?.questionId === currentId ? lastStep.stepId : undefined }),
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'ArrowDown' && nav.nextOpen) goTo(nav.nextOpen.questionId, nav.nextOpen.stepId);
      else if (e.key === 'ArrowRight' && nav.next) goTo(nav.next);
      else if (e.key === 'ArrowLeft' && nav.previous) goTo(nav.previous);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // The open step: the one the evaluator last clicked or typed in, or was sent to; else the question's first open step.
  const captureStep = current
    ? { questionId: current.question.id, stepId: (picked?.questionId === current.question.id ? picked.stepId : undefined) ?? defaultStep(current) }
    : null;
  const captureLabel = current && captureStep ? stepLabel(current, captureStep.stepId, lang) : '';
  const onStepActivity = (e: { target: EventTarget }) => {
    const stepId = (e.target as HTMLElement).closest?.('[data-step]')?.getAttribute('data-step');
    if (current && stepId && stepId !== captureStep?.stepId) setPicked({ questionId: current.question.id, stepId });
  };

  const showTool = useCallback((tool: 'staffing' | 'report') => {
    setTab(tool);
    // The screen's heading takes the focus, as a question's does, so a keyboard user lands on what was opened.
    requestAnimationFrame(() => document.getElementById(tool === 'staffing' ? 'st-heading' : 'rc-heading')?.focus());
  }, []);

  const model: VisitModel = { visit, template, bundle, evaluation, standing, conflicts, me, lang, queue, goTo, showConflicts, showTool, captureStep };
  const { staffing, report } = evaluation.tools;
  const revOf = (a: { id: string; rev: number } | undefined) => (a ? `${a.id}:${a.rev}` : 'none');

  return (
    <VisitContext.Provider value={model}>
      <div className="vp">
        <VisitHeader visit={visit} template={template} actions={<DossierButton visitId={visit.id} variant="secondary" />} />
        {failedSaves > 0 && (
          <Banner tone="error" title={t('save.failedBanner', { count: failedSaves })}>
            <Button small variant="danger" onClick={() => queue.failed().forEach((k) => queue.retry(k))}>{t('save.retryAll')}</Button>
          </Banner>
        )}
        <div className="vp-layout">
          <div className="vp-side">
            {tab === 'checklist' && current && (
              <a className="vp-skip" href={`#q-title-${current.question.id}`}
                onClick={(e) => { e.preventDefault(); goTo(current.question.id); }}>{t('nav.skip')}</a>
            )}
            <VisitSummary evaluation={evaluation} />
            <ChecklistNav results={results} selected={currentId} showAll={showAll} onShowAll={setShowAll} />
          </div>
          <div className="vp-main">
            <div className="vp-tabs" role="tablist" aria-label={t('tabs.label')}>
              {TABS.map((id, index) => (
                <button key={id} type="button" role="tab" id={`vp-tab-${id}`} aria-controls={`vp-panel-${id}`} aria-selected={tab === id}
                  tabIndex={tab === id ? 0 : -1} className="vp-tab" onClick={() => setTab(id)}
                  onKeyDown={(e) => {
                    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                      const next = TABS[(index + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
                      setTab(next);
                      document.getElementById(`vp-tab-${next}`)?.focus();
                    }
                  }}>
                  {t(`tabs.${id}`)}
                </button>
              ))}
              {tab === 'checklist' && nav.nextOpen && (
                <Button className="vp-tabs__next" variant="primary" aria-keyshortcuts="Alt+ArrowDown"
                  onClick={() => nav.nextOpen && goTo(nav.nextOpen.questionId, nav.nextOpen.stepId)}>
                  {t('nav.nextOpen')}
                </Button>
              )}
            </div>
            <div className="vp-panel" role="tabpanel" id={`vp-panel-${tab}`} aria-labelledby={`vp-tab-${tab}`}
              onFocusCapture={onStepActivity} onPointerDownCapture={onStepActivity}>
              {tab === 'claims' ? <ClaimsPanel results={results} />
                : tab === 'staffing' ? <StaffingScreen key={revOf(staffing?.answer)} stored={staffing?.answer} disputed={staffing?.disputed ?? false} />
                : tab === 'report' ? <ReportScreen key={revOf(report?.answer)} stored={report?.answer} disputed={report?.disputed ?? false} />
                : tab === 'closing' ? <ClosingScreen bundle={bundle} template={template} uiLang={lang} />
                : tab === 'share' ? (
                  <div className="vp-share">
                    <PackagesPanel visitId={visit.id} />
                    <ConflictReview visitId={visit.id} />
                  </div>
                )
                : current ? <QuestionView key={current.question.id} result={current} nav={nav} /> : null}
            </div>
            {/* Outside the question, so the camera stays on from question to question; hidden (not unmounted) on other tabs. */}
            <div hidden={tab !== 'checklist'} className="vp-capture">
              <CaptureBar visitId={visit.id} target={captureStep} targetLabel={captureLabel} shortcuts={[
                { keys: 'Alt + ↓', action: t('help.nextOpen') },
                { keys: 'Alt + →', action: t('help.next') },
                { keys: 'Alt + ←', action: t('help.previous') },
              ]} />
            </div>
          </div>
        </div>
      </div>
    </VisitContext.Provider>
  );
}

/** The on-site visit: the guided checklist, the vendor's claims and the live summary of one visit. */
export function VisitPage({ visitId }: { visitId: string }) {
  const { t } = useTranslation('visit');
  const lang = useLang();
  const bundle = useVisitBundle(visitId);
  const registry = useTemplates();
  const me = useIdentity();
  const lastQuestion = useLastQuestion(visitId);
  const [queue] = useState(() => new SaveQueue<AnswerInput>(
    async (input) => saveAnswer(await getIdentity(), input),
    Date.now,
    (e) => describeError(e, i18next.getFixedT(null, 'visit')),
  ));

  useEffect(() => {
    const flush = () => void queue.flush();
    const onVisibility = () => { if (document.visibilityState === 'hidden') flush(); };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      // Leaving the page writes what still waits for a typing pause.
      flush();
    };
  }, [queue]);

  if (bundle === undefined || registry === undefined || lastQuestion === undefined) return <Loading label={t('loading')} />;
  const back = <ButtonLink href={href({ name: 'visits' })}>{t('header.allVisits')}</ButtonLink>;
  if (bundle === null) {
    return <section className="page"><Banner tone="warning" title={t('missing.visit')}>{back}</Banner></section>;
  }
  const template = findTemplate(registry.templates, bundle.visit.templateId, bundle.visit.templateVersion);
  if (!template) {
    return (
      <section className="page">
        <Banner tone="error" title={t('missing.template', { id: bundle.visit.templateId, version: bundle.visit.templateVersion })}>{back}</Banner>
      </section>
    );
  }
  return <Workspace key={visitId} bundle={bundle} template={template} me={me} lang={lang} queue={queue} lastQuestion={lastQuestion} />;
}
