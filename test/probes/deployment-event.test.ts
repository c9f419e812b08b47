import { describe, expect, it } from 'vitest';
import { deploymentFromEvent } from '../../src/probes/deployment-event.ts';

describe('deploymentFromEvent', () => {
  it('takes environment_url and the deployment sha from deployment_status', () => {
    const payload = {
      deployment_status: {
        state: 'success',
        environment_url: 'https://app-git-x.vercel.app',
        target_url: 'https://vercel.com/logs',
      },
      deployment: { sha: 'a1b2c3d' },
    };
    expect(deploymentFromEvent('deployment_status', payload)).toEqual({
      url: 'https://app-git-x.vercel.app',
      sha: 'a1b2c3d',
    });
  });

  it('falls back to target_url, ignores non-http values and other events', () => {
    expect(
      deploymentFromEvent('deployment_status', {
        deployment_status: { environment_url: '', target_url: 'https://x.onrender.com' },
      }),
    ).toEqual({ url: 'https://x.onrender.com' });
    expect(
      deploymentFromEvent('deployment_status', {
        deployment_status: { environment_url: 'javascript:alert(1)' },
      }),
    ).toEqual({});
    expect(
      deploymentFromEvent('pull_request', { deployment_status: { environment_url: 'https://x' } }),
    ).toEqual({});
    expect(deploymentFromEvent('deployment_status', null)).toEqual({});
  });
});
