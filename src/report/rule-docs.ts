import type { Finding } from '../core/model.ts';

/**
 * Where a finding's rule is documented: the tool's own page for it, so that a reviewer can
 * read why it matters and how to fix it. Pure: a table per tool, no requests.
 */

const BANDIT = 'https://bandit.readthedocs.io/en/latest';

/** Bandit's plugin tests by id; each has a page `plugins/<id>_<name>.html`. */
const BANDIT_PLUGINS: Readonly<Record<string, string>> = {
  B101: 'assert_used',
  B102: 'exec_used',
  B103: 'set_bad_file_permissions',
  B104: 'hardcoded_bind_all_interfaces',
  B105: 'hardcoded_password_string',
  B106: 'hardcoded_password_funcarg',
  B107: 'hardcoded_password_default',
  B108: 'hardcoded_tmp_directory',
  B110: 'try_except_pass',
  B112: 'try_except_continue',
  B113: 'request_without_timeout',
  B201: 'flask_debug_true',
  B202: 'tarfile_unsafe_members',
  B324: 'hashlib',
  B501: 'request_with_no_cert_validation',
  B502: 'ssl_with_bad_version',
  B503: 'ssl_with_bad_defaults',
  B504: 'ssl_with_no_version',
  B505: 'weak_cryptographic_key',
  B506: 'yaml_load',
  B507: 'ssh_no_host_key_verification',
  B508: 'snmp_insecure_version',
  B509: 'snmp_weak_cryptography',
  B601: 'paramiko_calls',
  B602: 'subprocess_popen_with_shell_equals_true',
  B603: 'subprocess_without_shell_equals_true',
  B604: 'any_other_function_with_shell_equals_true',
  B605: 'start_process_with_a_shell',
  B606: 'start_process_with_no_shell',
  B607: 'start_process_with_partial_path',
  B608: 'hardcoded_sql_expressions',
  B609: 'linux_commands_wildcard_injection',
  B610: 'django_extra_used',
  B611: 'django_rawsql_used',
  B612: 'logging_config_insecure_listen',
  B613: 'trojansource',
  B614: 'pytorch_load',
  B615: 'huggingface_unsafe_download',
  B701: 'jinja2_autoescape_false',
  B702: 'use_of_mako_templates',
  B703: 'django_mark_safe',
  B704: 'markupsafe_markup_xss',
};

function bandit(rule: string): string | undefined {
  const plugin = BANDIT_PLUGINS[rule];
  if (plugin) return `${BANDIT}/plugins/${rule.toLowerCase()}_${plugin}.html`;
  // B3xx are blacklisted calls, B4xx blacklisted imports: one page each.
  if (/^B3\d\d$/.test(rule)) return `${BANDIT}/blacklists/blacklist_calls.html`;
  if (/^B4\d\d$/.test(rule)) return `${BANDIT}/blacklists/blacklist_imports.html`;
  return undefined;
}

/** flake8's codes come from its plugins: pycodestyle (E, W), pyflakes (F), mccabe (C90). */
function flake8(rule: string): string | undefined {
  if (/^[EW]\d/.test(rule)) return 'https://pycodestyle.pycqa.org/en/latest/intro.html#error-codes';
  if (/^(F|C90)\d/.test(rule)) return 'https://flake8.pycqa.org/en/latest/user/error-codes.html';
  return undefined;
}

/** Core rules, typescript-eslint's, and Next.js's; other plugins have no common scheme. */
function eslint(rule: string): string | undefined {
  if (/^[a-z][a-z-]*$/.test(rule)) return `https://eslint.org/docs/latest/rules/${rule}`;
  const scoped = /^(@typescript-eslint|@next\/next)\/([a-z][a-z-]*)$/.exec(rule);
  if (scoped?.[1] === '@typescript-eslint')
    return `https://typescript-eslint.io/rules/${scoped[2]}`;
  if (scoped?.[1] === '@next/next') return `https://nextjs.org/docs/messages/${scoped[2]}`;
  return undefined;
}

/** Django's check reference has a section per tag (`security.W004` → #security). */
const DJANGO_SECTIONS = new Set(['security', 'models', 'templates', 'urls', 'caches', 'database']);
function django(rule: string): string {
  const tag = rule.split('.')[0] ?? '';
  const anchor = DJANGO_SECTIONS.has(tag) ? `#${tag}` : '';
  return `https://docs.djangoproject.com/en/stable/ref/checks/${anchor}`;
}

const MDN = 'https://developer.mozilla.org/en-US/docs/Web/HTTP';

/**
 * The MDN page of the header a security-headers rule is about (the rules are MDN HTTP
 * Observatory's results, `csp-not-implemented`, `cookies-without-secure-flag`…), longest
 * prefix first.
 */
const MDN_PAGES: readonly (readonly [prefix: string, page: string])[] = [
  ['cross-origin-resource-sharing', 'Guides/CORS'],
  ['cross-origin-opener-policy', 'Reference/Headers/Cross-Origin-Opener-Policy'],
  ['cross-origin-embedder-policy', 'Reference/Headers/Cross-Origin-Embedder-Policy'],
  ['cross-origin-resource-policy', 'Reference/Headers/Cross-Origin-Resource-Policy'],
  ['x-content-type-options', 'Reference/Headers/X-Content-Type-Options'],
  ['x-frame-options', 'Reference/Headers/X-Frame-Options'],
  ['referrer-policy', 'Reference/Headers/Referrer-Policy'],
  ['permissions-policy', 'Reference/Headers/Permissions-Policy'],
  ['redirection', 'Guides/Redirections'],
  ['cookies', 'Reference/Headers/Set-Cookie'],
  ['hsts', 'Reference/Headers/Strict-Transport-Security'],
  ['csp', 'Reference/Headers/Content-Security-Policy'],
  ['cors', 'Guides/CORS'],
];

function mdn(rule: string): string | undefined {
  const page = MDN_PAGES.find(
    ([prefix]) => rule === prefix || rule.startsWith(`${prefix}-`) || rule.startsWith(`${prefix}/`),
  );
  return page ? `${MDN}/${page[1]}` : undefined;
}

const GHSA = /^GHSA(-[0-9a-z]{4}){3}$/i;

/** A GitHub advisory among the rule and its aliases (npm audit, pip-audit). */
function advisory(finding: Pick<Finding, 'rule' | 'aliases'>): string | undefined {
  const id = [finding.rule, ...(finding.aliases ?? [])].find((a) => GHSA.test(a));
  return id ? `https://github.com/advisories/${id}` : undefined;
}

const BY_KIND: Readonly<Record<string, (rule: string) => string | undefined>> = {
  bandit,
  flake8,
  eslint,
  django,
  headers: mdn,
  cookies: mdn,
  cors: mdn,
  redirect: mdn,
  'headers-config': mdn,
};

/**
 * The documentation of `finding`'s rule as reported by a check of `kind`: the tool's page,
 * a GitHub advisory, MDN for a header; else the finding's own `url` (an OSV entry, a tool's
 * link), else undefined.
 */
export function ruleDocsUrl(
  kind: string,
  finding: Pick<Finding, 'rule' | 'aliases' | 'url'>,
): string | undefined {
  return advisory(finding) ?? BY_KIND[kind]?.(finding.rule) ?? finding.url;
}
