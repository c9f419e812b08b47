import type { RecordedResponse } from '../../../src/analyzers/security-headers/assessment.ts';

/** A response that follows OWASP's recommendations; each test changes one header. */
export function baseline(): RecordedResponse & {
  headers: Record<string, string | string[] | undefined>;
} {
  return {
    url: 'https://app.example.com/',
    status: 200,
    body: '',
    headers: {
      'strict-transport-security': 'max-age=63072000; includeSubDomains',
      'content-security-policy':
        "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'",
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'permissions-policy': 'camera=()',
      'set-cookie': [
        'sessionid=a; Secure; HttpOnly; SameSite=Lax',
        'csrftoken=b; Secure; SameSite=Lax',
      ],
    },
  };
}
