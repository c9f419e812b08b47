// Stands in for @actions/core's `platform` namespace in dist/: Shipgate never asks for the
// runner's OS details, and the real module brings @actions/exec and @actions/io along.
export function getDetails() {
  return Promise.reject(new Error('Shipgate is bundled without core.platform.'));
}
