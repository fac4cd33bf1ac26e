// Public API of the staffing check (Erlang C).
export { erlangB, erlangC, erlangCFromB, fewestAgents, queueFigures, trafficErlangs, MAX_AGENTS, type QueueFigures } from './erlang';
export {
  parseServiceTarget, validateStaffing, LIMITS, OFFER_BASES,
  type OfferBasis, type ServiceTarget, type StaffingInput, type StaffingProblem, type StaffingProblemCode,
} from './input';
export {
  adequateBand, checkStaffing, offerVerdict, onPhonesOf, scheduledFor, GENEROUS_ABOVE_PERCENT,
  type OfferResult, type OfferVerdict, type StaffingOutcome, type StaffingResult,
} from './check';
export { countedSeats, seatFinding, type SeatCount, type SeatFinding } from './seats';
