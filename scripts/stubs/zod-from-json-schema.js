// Stands in for z.fromJSONSchema in dist/: Shipgate builds its schemas in code, never from JSON.
export function fromJSONSchema() {
  throw new Error('Shipgate is bundled without z.fromJSONSchema.');
}
