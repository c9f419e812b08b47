import type { ProbeType } from '../config/post-schema.ts';
import { cookiesProbe } from './cookies.ts';
import { corsProbe } from './cors.ts';
import { headersProbe } from './headers.ts';
import { healthProbe } from './health.ts';
import { latencyProbe } from './latency.ts';
import { pageProbe } from './page.ts';
import type { Probe } from './probe.ts';
import { redirectProbe } from './redirect.ts';
import { revisionProbe } from './revision.ts';
import { tlsProbe } from './tls.ts';
import { authProbe } from './auth/run.ts';
import { browserProbe } from './browser/run.ts';
import { exposureProbe } from './exposure/run.ts';

/** Every probe type → its module. Adding a probe: a schema entry, a module, one line here. */
export const PROBES = {
  health: healthProbe,
  page: pageProbe,
  headers: headersProbe,
  cookies: cookiesProbe,
  cors: corsProbe,
  redirect: redirectProbe,
  tls: tlsProbe,
  latency: latencyProbe,
  revision: revisionProbe,
  exposure: exposureProbe,
  auth: authProbe,
  browser: browserProbe,
} satisfies { [T in ProbeType]: Probe<T> };
