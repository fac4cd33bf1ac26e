/** Where a photo belongs: one step of one question of one visit. */
export interface StepRef { visitId: string; questionId: string; stepId: string }
