import { gatesSchema, type GateKind, type GateOptions } from '../../src/config/schema.ts';

/**
 * A gate's options as a run gets them: the given config section parsed by the real schema,
 * defaults applied. Throws (failing the test) when the section is invalid.
 */
export function gateOptions<K extends GateKind>(kind: K, section: object = {}): GateOptions<K> {
  const parsed = gatesSchema.parse({ [kind]: section })[kind];
  if (!parsed) throw new Error(`${kind}: the gate is off`);
  return parsed as GateOptions<K>;
}
