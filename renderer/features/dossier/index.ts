export { DossierButton, DossierDialog } from './DossierDialog';
export { ComparisonButton, ComparisonDialog } from './ComparisonDialog';
