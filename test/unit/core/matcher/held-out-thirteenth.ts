import type { Case } from './held-out-labels.ts';

/** Thirteenth batch: written after this round's symptom rules, and scored as written. */
export const thirteenthBatch: Case[] = [];
