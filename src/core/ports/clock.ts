/** Time source, injected so tests and reminders do not depend on the wall clock. */
export type Clock = { now(): Date };
export const systemClock: Clock = { now: () => new Date() };
