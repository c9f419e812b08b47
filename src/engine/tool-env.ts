/**
 * What the runner gives the action and never an ordinary `run:` step: its inputs (the
 * github-token among them), the runtime, OIDC, cache and results service tokens, and the
 * files through which a step sets outputs, state, the summary, env and PATH. A tool or a
 * command of a pull request must not be able to read the tokens, nor write Shipgate's
 * outputs or summary behind its back.
 */
const WITHHELD_PREFIXES = [
  'INPUT_',
  'ACTIONS_RUNTIME_',
  'ACTIONS_ID_TOKEN_',
  'ACTIONS_CACHE_',
  'ACTIONS_RESULTS_',
] as const;
const WITHHELD = new Set([
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_TOKEN',
]);

const withheld = (name: string): boolean =>
  WITHHELD.has(name.toUpperCase()) ||
  WITHHELD_PREFIXES.some((prefix) => name.toUpperCase().startsWith(prefix));

/**
 * The environment tools and commands run with: the job's, as an ordinary step sees it.
 * With `passGitHubToken` (the config's `pass-github-token`), they get GITHUB_TOKEN on
 * purpose: the job's own, else the action's github-token input.
 */
export function toolEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  passGitHubToken: boolean,
): Record<string, string | undefined> {
  const kept = Object.fromEntries(Object.entries(env).filter(([name]) => !withheld(name)));
  const token = env.GITHUB_TOKEN || env['INPUT_GITHUB-TOKEN'];
  return passGitHubToken && token ? { ...kept, GITHUB_TOKEN: token } : kept;
}
