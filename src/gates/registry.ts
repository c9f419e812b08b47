import type { GateKind } from '../config/schema.ts';
import type { GateEntry } from './gate.ts';

/**
 * Every built-in gate, in the order the sign-off lists them. Modules are imported lazily so
 * that a run pays only for the gates it plans.
 */
export const GATES: { [K in GateKind]?: GateEntry<K> } = {};
