import { describe, expect, it } from 'vitest';
import { judgeExposure, type ExposureEvidence } from '../../../src/probes/exposure/judge.ts';
import type { Seen } from '../../../src/probes/probe.ts';

const site = 'https://app.example.com';
const seen = (path: string, status: number, body: string): Seen => ({
  url: `${site}${path}`,
  status,
  body,
});
const quiet: ExposureEvidence = {
  missing: seen('/shipgate-0/', 404, 'Not Found'),
  page: seen('/', 200, '<html><title>App</title></html>'),
  files: [],
  listings: [],
  sourceMaps: [],
  malformed: [],
};
const rules = (evidence: Partial<ExposureEvidence>) =>
  judgeExposure({ ...quiet, ...evidence }).map((f) => [f.rule, f.message]);

describe('judgeExposure', () => {
  it('finds nothing in a quiet site', () => {
    expect(rules({})).toEqual([]);
  });

  it('sees the Django debug toolbar injected into the page', () => {
    expect(rules({ page: seen('/', 200, '<div id="djDebug" class="djdt-hidden"></div>') })).toEqual(
      [
        [
          'debug-toolbar',
          `${site}/: the Django debug toolbar is shown (settings, SQL and headers to every visitor)`,
        ],
      ],
    );
  });

  it('sees a Next.js development server', () => {
    const next = '<script id="__NEXT_DATA__">{"props":{},"buildId":"development"}</script>';
    expect(rules({ page: seen('/', 200, next) })).toEqual([
      [
        'next-development',
        `${site}/: the page comes from a Next.js development server (buildId "development")`,
      ],
    ]);
  });

  it('quotes a Node stack trace with the credentials in it redacted', () => {
    const trace =
      'Error: connect postgres://app:s3cret@db:5432/app\n    at Client.connect (/srv/app/node_modules/pg/lib/client.js:52:17)';
    expect(rules({ malformed: [seen('/api/?q=%', 500, trace)] })).toEqual([
      [
        'stack-trace',
        `${site}/api/?q=%: a malformed request is answered 500 with a stack trace ("at Client.connect (/srv/app/node_modules/pg/lib/client.js:52:17)")`,
      ],
    ]);
    expect(
      rules({
        malformed: [seen('/?q=%', 500, 'File "/srv/postgres://u:pw@h/app.py", line 3, in view')],
      }),
    ).toEqual([
      [
        'stack-trace',
        expect.stringContaining('("File "/srv/postgres://***@h/app.py", line 3, in view")'),
      ],
    ]);
  });

  it('sees a listing by Python http.server, and not a page that only mentions one', () => {
    const listing = '<title>Directory listing for /media/</title>';
    expect(rules({ listings: [seen('/media/', 200, listing)] })).toEqual([
      [
        'directory-listing',
        `${site}/media/: a directory listing is served ("Directory listing for /media/")`,
      ],
    ]);
    expect(rules({ listings: [seen('/media/', 200, '<p>Index of our products</p>')] })).toEqual([]);
  });

  it('takes no .env, Git file or map for real when the site answers the same for any path', () => {
    const spa = '<html><body>KEY=value</body></html>';
    const fallback = { missing: seen('/shipgate-0/', 200, 'A=1\nB=2') };
    expect(
      rules({
        ...fallback,
        files: [{ kind: 'env', seen: seen('/.env', 200, 'A=1\nB=2') }],
      }),
    ).toEqual([]);
    // A page that is not a dotenv file is no .env, whatever it says.
    expect(rules({ files: [{ kind: 'env', seen: seen('/.env', 200, spa) }] })).toEqual([]);
  });

  it('does not take the admin login form for an open admin', () => {
    const login =
      '<title>Log in | Django site admin</title><div id="user-tools"></div><input type="password" name="password">';
    expect(rules({ admin: seen('/admin/', 200, login) })).toEqual([]);
  });
});
