import type { Finding } from '../../core/model.ts';
import { plural } from '../../util/text.ts';
import { excerpt, plainText } from '../excerpt.ts';
import type { Seen } from '../probe.ts';

/**
 * What a deployed site must not show, judged from the answers the exposure probe collected.
 * Pure: answers in, findings out. Each finding names the URL and what was seen, cut short
 * and redacted; values of an exposed file are never quoted, only its shape.
 */

/** Files that must never be served, with the path each is fetched at. */
export const SENSITIVE_FILES = {
  env: '/.env',
  'git-head': '/.git/HEAD',
  'git-config': '/.git/config',
} as const;
export type SensitiveFile = keyof typeof SENSITIVE_FILES;

export interface ExposureEvidence {
  /** The answer for a random path that cannot exist: "nothing here", as the site says it. */
  missing: Seen;
  /** The probe's page (its HTML, and the page a debug toolbar would be injected into). */
  page: Seen;
  files: { kind: SensitiveFile; seen: Seen }[];
  listings: Seen[];
  /** Answers for the source maps of the page's own scripts. */
  sourceMaps: Seen[];
  /** Answers to malformed requests. */
  malformed: Seen[];
  admin?: Seen;
}

const ok = (seen: Seen) => seen.status >= 200 && seen.status < 300;

/**
 * The same page as the answer for a path that cannot exist (an SPA's index for every path,
 * a catch-all "not found" page answering 200): it says nothing about the path asked for.
 */
function isFallback(seen: Seen, missing: Seen): boolean {
  if (!ok(missing)) return false;
  const strip = (s: Seen) => s.body.split(new URL(s.url).pathname).join('');
  return strip(seen) === strip(missing);
}

const DEBUG_PAGE = /You're seeing this error because you have DEBUG = True/;

/** The variable names of a dotenv file, or undefined when the body is not one. */
function envNames(body: string): string[] | undefined {
  if (/^\s*</.test(body)) return undefined;
  const lines = body.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'));
  const names = lines.flatMap(
    (line) => /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)?.[1] ?? [],
  );
  return names.length > 0 && names.length === lines.length ? names : undefined;
}

/** What each sensitive file looks like, and how it is described without quoting its values. */
const FILE_SIGNATURES: Record<
  SensitiveFile,
  { rule: string; severity: Finding['severity']; describe: (body: string) => string | undefined }
> = {
  env: {
    rule: 'env-file-served',
    severity: 'critical',
    describe: (body) => {
      const names = envNames(body);
      return names
        ? `an environment file is served: ${plural(names.length, 'variable')} (${excerpt(names.slice(0, 8).join(', '))}${names.length > 8 ? ', …' : ''}; values withheld)`
        : undefined;
    },
  },
  'git-head': {
    rule: 'git-metadata-served',
    severity: 'high',
    describe: (body) =>
      /^(?:ref: refs\/\S+|[0-9a-f]{40})\s*$/.test(body)
        ? `the Git HEAD is served (${excerpt(body)}): the repository can be downloaded`
        : undefined,
  },
  'git-config': {
    rule: 'git-metadata-served',
    severity: 'high',
    describe: (body) => {
      if (!/^\s*\[core\]/m.test(body) || !/repositoryformatversion/.test(body)) return undefined;
      const sections = [...body.matchAll(/^\s*\[([^\]\n]+)\]/gm)].map((m) => `[${m[1]}]`);
      return `the Git config is served (sections ${excerpt(sections.slice(0, 5).join(' '))}; values withheld)`;
    },
  },
};

const LISTING = [
  /<title>\s*(Index of [^<]*)<\/title>/i,
  /<h1>\s*(Index of [^<]*)<\/h1>/i,
  /<title>\s*(Directory listing for [^<]*)<\/title>/i,
];

/** Lines that only a stack trace prints, one per language; the first match is quoted. */
const STACK_TRACE = [
  /Traceback \(most recent call last\)/,
  /File "[^"\n]+", line \d+, in \S+/,
  /\bat [\w.$<>[\] ]+ \((?:file:\/\/)?\/[^)\s]+:\d+:\d+\)/,
  /\bat [\w.$]+\(\w+\.java:\d+\)/,
  /\S+\.rb:\d+:in `[^']+'/,
  / in \/\S+\.php(?:<\/b>)? on line (?:<b>)?\d+/,
  / in [A-Za-z]:\\\S+\.cs:line \d+/,
];

const DEBUG_TOOLBAR = /id="djDebug"|\bdjdt-[\w-]+/;
const NEXT_DEVELOPMENT = /"buildId"\s*:\s*"development"/;

/** The admin's own content (its index or a change list), as opposed to its login form. */
const ADMIN_CONTENT = /Site administration|id="user-tools"|\/admin\/logout\//;

function titleOf(body: string): string {
  return excerpt(/<title>([^<]*)<\/title>/i.exec(body)?.[1] ?? body.slice(0, 200));
}

/** An answer that really serves what was asked for: a 2xx that is not the site's page for any path. */
const served = (seen: Seen, missing: Seen) => ok(seen) && !isFallback(seen, missing);

/** A finding: what was seen, at the URL of the answer that showed it. */
function exposed(
  rule: string,
  severity: Finding['severity'],
  seen: Seen,
  what: string,
  hint: string,
): Finding {
  return { rule, severity, message: `${seen.url}: ${what}`, hint };
}

/** Django's technical 404 page for a path that does not exist: DEBUG is on. */
function djangoDebug({ missing }: ExposureEvidence): Finding[] {
  const debugPage = DEBUG_PAGE.exec(plainText(missing.body));
  if (!debugPage) return [];
  return [
    exposed(
      'django-debug',
      'high',
      missing,
      `a path that does not exist answers ${missing.status} with Django's technical page ("${debugPage[0]}"): DEBUG is on`,
      'Set DEBUG = False in the production settings (DEBUG=False in the environment the settings read).',
    ),
  ];
}

/** Each sensitive file served and looking like what it is, described without its values. */
function sensitiveFiles({ files, missing }: ExposureEvidence): Finding[] {
  return files.flatMap(({ kind, seen }) => {
    if (!served(seen, missing)) return [];
    const signature = FILE_SIGNATURES[kind];
    const what = signature.describe(seen.body);
    if (!what) return [];
    return [
      exposed(
        signature.rule,
        signature.severity,
        seen,
        what,
        'Serve only the build output: never the repository root. Rotate every secret the file held.',
      ),
    ];
  });
}

/** The Django debug toolbar in the page or the not-found page. */
function debugToolbar({ page, missing }: ExposureEvidence): Finding[] {
  const toolbarIn = [page, missing].find((seen) => DEBUG_TOOLBAR.test(seen.body));
  if (!toolbarIn) return [];
  return [
    exposed(
      'debug-toolbar',
      'high',
      toolbarIn,
      'the Django debug toolbar is shown (settings, SQL and headers to every visitor)',
      'Remove debug_toolbar from INSTALLED_APPS and MIDDLEWARE in production.',
    ),
  ];
}

/** A page served by `next dev`. */
function nextDevelopment({ page }: ExposureEvidence): Finding[] {
  if (!ok(page) || !NEXT_DEVELOPMENT.test(page.body)) return [];
  return [
    exposed(
      'next-development',
      'high',
      page,
      'the page comes from a Next.js development server (buildId "development")',
      'Deploy `next build` output served by `next start`, never `next dev`.',
    ),
  ];
}

/** Each directory listing served, by its title. */
function directoryListings({ listings, missing }: ExposureEvidence): Finding[] {
  return listings.flatMap((seen) => {
    if (!served(seen, missing)) return [];
    const listing = LISTING.map((pattern) => pattern.exec(seen.body)?.[1]).find(Boolean);
    if (!listing) return [];
    return [
      exposed(
        'directory-listing',
        'medium',
        seen,
        `a directory listing is served ("${excerpt(listing)}")`,
        'Turn off directory indexes (autoindex off; show_indexes=False).',
      ),
    ];
  });
}

/** Each source map of the page's own scripts that is public, by the sources it names. */
function publicSourceMaps({ sourceMaps, missing }: ExposureEvidence): Finding[] {
  return sourceMaps.flatMap((seen) => {
    const sources = served(seen, missing) ? mapSources(seen.body) : undefined;
    if (!sources) return [];
    return [
      exposed(
        'source-map-served',
        'low',
        seen,
        `the source map of the page's own script is public: ${plural(sources.length, 'source file')} (${excerpt(sources.slice(0, 3).join(', '))}${sources.length > 3 ? ', …' : ''})`,
        'Do not deploy .map files (productionBrowserSourceMaps: false), or upload them to your error tracker only.',
      ),
    ];
  });
}

/** Each malformed request answered with a stack trace, quoting its first telling line. */
function stackTraces({ malformed }: ExposureEvidence): Finding[] {
  return malformed.flatMap((seen) => {
    const text = plainText(seen.body);
    const trace = STACK_TRACE.map((pattern) => pattern.exec(text)?.[0]).find(Boolean);
    if (!trace) return [];
    return [
      exposed(
        'stack-trace',
        'high',
        seen,
        `a malformed request is answered ${seen.status} with a stack trace ("${excerpt(trace)}")`,
        'Turn debug output off and answer bad input with a 400 that says only what was wrong.',
      ),
    ];
  });
}

/** The admin showing its own content, not its login form, to a visitor who has not logged in. */
function openAdmin({ admin, missing }: ExposureEvidence): Finding[] {
  if (
    !admin ||
    !served(admin, missing) ||
    !ADMIN_CONTENT.test(admin.body) ||
    /type=["']?password/i.test(admin.body)
  ) {
    return [];
  }
  return [
    exposed(
      'admin-without-login',
      'critical',
      admin,
      `the admin answers ${admin.status} with its own content to a visitor who has not logged in ("${titleOf(admin.body)}")`,
      'The admin must redirect to its login page: check custom AdminSite.has_permission and any middleware that logs visitors in.',
    ),
  ];
}

/** Each kind of exposure, judged on its own, in the order their findings are reported. */
const EXPOSURES = [
  djangoDebug,
  sensitiveFiles,
  debugToolbar,
  nextDevelopment,
  directoryListings,
  publicSourceMaps,
  stackTraces,
  openAdmin,
];

/** Every exposure the evidence shows. */
export function judgeExposure(evidence: ExposureEvidence): Finding[] {
  return EXPOSURES.flatMap((judge) => judge(evidence));
}

/** The `sources` of a source map (v3), or undefined when the body is not one. */
function mapSources(body: string): string[] | undefined {
  let map: unknown;
  try {
    map = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (map === null || typeof map !== 'object') return undefined;
  const { mappings, sources } = map as { mappings?: unknown; sources?: unknown };
  if (typeof mappings !== 'string' || !Array.isArray(sources)) return undefined;
  return sources.filter((source): source is string => typeof source === 'string');
}
