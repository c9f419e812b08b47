import { describe, expect, it } from 'vitest';
import { toolEnvironment } from '../../src/engine/tool-env.ts';

const RUNNER = {
  PATH: '/usr/bin',
  HOME: '/home/runner',
  CI: 'true',
  GITHUB_SHA: 'f'.repeat(40),
  GITHUB_WORKSPACE: '/work',
  'INPUT_GITHUB-TOKEN': 'ghs_input',
  INPUT_CONFIG: '.github/shipgate.yml',
  ACTIONS_RUNTIME_TOKEN: 'rt',
  ACTIONS_RUNTIME_URL: 'https://pipelines.example',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example',
  ACTIONS_CACHE_URL: 'https://cache.example',
  ACTIONS_RESULTS_URL: 'https://results.example',
  GITHUB_OUTPUT: '/runner/output',
  GITHUB_STATE: '/runner/state',
  GITHUB_STEP_SUMMARY: '/runner/summary',
  GITHUB_ENV: '/runner/env',
  GITHUB_PATH: '/runner/path',
  DATABASE_URL: 'postgres://app@db/app',
};

describe('toolEnvironment', () => {
  it('gives tools an ordinary step’s environment: no inputs, runner tokens or command files', () => {
    expect(toolEnvironment(RUNNER, false)).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      CI: 'true',
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_WORKSPACE: '/work',
      DATABASE_URL: 'postgres://app@db/app',
    });
  });

  it('withholds GITHUB_TOKEN set on the step, unless the config passes it on purpose', () => {
    expect(toolEnvironment({ ...RUNNER, GITHUB_TOKEN: 'ghs_env' }, false)).not.toHaveProperty(
      'GITHUB_TOKEN',
    );
    expect(toolEnvironment({ ...RUNNER, GITHUB_TOKEN: 'ghs_env' }, true).GITHUB_TOKEN).toBe(
      'ghs_env',
    );
    // Without one on the step, the github-token input is what the config asks to pass.
    expect(toolEnvironment(RUNNER, true).GITHUB_TOKEN).toBe('ghs_input');
  });
});
