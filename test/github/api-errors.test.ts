import { describe, expect, it } from 'vitest';
import { describeApiError, isPermissionDenied } from '../../src/github/api-errors.ts';

/** An Octokit RequestError as far as these functions read one. */
const apiError = (status: number, message: string, extra: object = {}) =>
  Object.assign(new Error(message), { status, ...extra });

describe('isPermissionDenied', () => {
  it('is a 403 that is not a rate limit', () => {
    expect(isPermissionDenied(apiError(403, 'Resource not accessible by integration'))).toBe(true);
    expect(isPermissionDenied(apiError(403, 'API rate limit exceeded for installation'))).toBe(
      false,
    );
    expect(isPermissionDenied(apiError(404, 'Not Found'))).toBe(false);
    expect(isPermissionDenied('403')).toBe(false);
  });
});

describe('describeApiError', () => {
  it('names the missing permission and where the sign-off still is', () => {
    expect(
      describeApiError(
        apiError(403, 'Resource not accessible by integration'),
        'create the check run',
        'checks: write',
      ),
    ).toBe(
      "Shipgate could not create the check run: the token lacks `checks: write` (403 Resource not accessible by integration). Add `checks: write` to the job's permissions: block. Pull requests from forks and Dependabot get a read-only token; there the sign-off is in the job summary and the log annotations only.",
    );
  });

  it("names a 422's request and the start of its answer, never the request body", () => {
    const error = apiError(422, 'Validation Failed\nmore', {
      request: {
        method: 'PATCH',
        url: 'https://api.github.com/repos/o/r/check-runs/1',
        body: 'secret',
      },
      response: { data: { message: 'Validation Failed', errors: [{ field: 'output' }] } },
    });
    expect(describeApiError(error, 'update the check run', 'checks: write')).toBe(
      'Shipgate could not update the check run: HTTP 422 (PATCH https://api.github.com/repos/o/r/check-runs/1): Validation Failed {"message":"Validation Failed","errors":[{"field":"output"}]}',
    );
  });

  it('says what failed for an error without a status', () => {
    expect(
      describeApiError(new Error('socket hang up'), 'post the comment', 'pull-requests: write'),
    ).toBe('Shipgate could not post the comment: socket hang up');
  });
});
