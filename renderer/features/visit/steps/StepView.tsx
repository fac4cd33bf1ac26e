import type { Question, Step } from '../../../domain/template/schema';
import type { StepFinding } from '../../../domain/verdict/types';
import { CallTestStep } from './CallTestStep';
import { CountStep } from './CountStep';
import { DocumentStep } from './DocumentStep';
import { InterviewStep } from './InterviewStep';
import { OutcomeStep } from './OutcomeStep';
import { TimerStep } from './TimerStep';
import { ValueStep } from './ValueStep';

/** The purpose-made control for each kind of step. */
export function StepView({ question, step, finding }: { question: Question; step: Step; finding?: StepFinding }) {
  const q = question.id;
  switch (step.kind) {
    case 'count': return <CountStep questionId={q} step={step} finding={finding} />;
    case 'interview': return <InterviewStep questionId={q} step={step} finding={finding} />;
    case 'observe':
    case 'demo': return <OutcomeStep questionId={q} step={step} finding={finding} />;
    case 'document': return <DocumentStep questionId={q} step={step} finding={finding} />;
    case 'timer': return <TimerStep question={question} step={step} finding={finding} />;
    case 'call-test': return <CallTestStep questionId={q} step={step} finding={finding} />;
    case 'value': return <ValueStep questionId={q} step={step} finding={finding} seenByEvaluator={question.claim.type === 'text' && step.valueType === 'text'} />;
  }
}
