import type { CheckContext, CheckOutcome } from '../../engine/check.ts';
import type { Finding } from '../../core/model.ts';
import { plural } from '../../util/text.ts';
import type { GateInput } from '../kit/gate.ts';
import { isExcluded } from '../kit/globs.ts';
import { judgeFindings } from '../kit/policy.ts';
import {
  describeSkipped,
  listSourceFiles,
  readSourceFile,
  type SkippedFile,
} from '../kit/source-files.ts';
import { loadPresetScanner, type PresetScanner } from './preset.ts';
import { scanForSecrets } from './scan.ts';

/** Larger files are data or bundles, not configuration; they are named in the summary. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** A NUL byte this near the start marks a binary file, as git and grep decide it. */
const BINARY_SNIFF_CHARS = 8000;
const READ_BATCH = 32;

/**
 * Each required variable must be present and non-empty in the job's environment. Values are
 * never printed; each one is registered with maskSecret so no later log can show it either.
 */
function checkRequiredEnv(names: readonly string[], context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const name of names) {
    const value = context.env[name];
    if (value !== undefined && value.trim() !== '') {
      context.maskSecret(value);
      continue;
    }
    findings.push({
      rule: 'missing-env',
      severity: 'high',
      message: `required environment variable ${name} is ${value === undefined ? 'not set' : 'set but empty'}`,
      hint: `set ${name} in the workflow's env (from a repository or environment secret)`,
    });
  }
  return findings;
}

/** Shipgate's env-file rules know what a line of an env file is; they speak for that line. */
const ENV_FILE_RULES = new Set(['secret-in-env-file', 'connection-url-password']);

/**
 * The preset's findings and Shipgate's own in one file, one finding per secret; every secret
 * found is masked, since a tool may print it (bandit quotes a hardcoded password).
 */
async function scanFile(
  file: string,
  text: string,
  preset: PresetScanner,
  context: CheckContext,
): Promise<Finding[]> {
  const found = (secret: string) => context.maskSecret(secret);
  const own = scanForSecrets(file, text, found);
  const envLines = new Set(own.filter((f) => ENV_FILE_RULES.has(f.rule)).map((f) => f.line));
  // One secret can match two of the preset's rules (an `_authToken` in .npmrc is also an npm
  // token): the first speaks for its place.
  const places = new Set<string>();
  const maintained = (await preset(file, text, found)).filter((f) => {
    const place = `${f.rule}:${f.line}`;
    if (envLines.has(f.line) || places.has(place)) return false;
    places.add(place);
    return true;
  });
  return [...maintained, ...own].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * "Secret management": the required variables are set, and no secret is committed. The scan
 * reads what git tracks (or the tree, outside git), skipping `exclude` globs, binary files,
 * files over 2 MiB and whatever is not a regular file inside the repository (each named), with secretlint's recommended preset for token formats and
 * Shipgate's rules for env files and settings, and reports each secret at its file and line
 * with only its public prefix and last four characters shown.
 */
export async function run(
  { options }: GateInput<'secrets'>,
  context: CheckContext,
): Promise<CheckOutcome> {
  const findings = checkRequiredEnv(options['required-env'], context);
  const scope: string[] = [];
  if (options['required-env'].length > 0) {
    scope.push(`${plural(options['required-env'].length, 'required variable')} checked`);
  }
  if (options.scan) {
    const { files, source } = await listSourceFiles(context);
    const scanned = files.filter((file) => !isExcluded(file, options.exclude));
    context.log(
      `scanning ${plural(scanned.length, 'file')} (${source === 'git' ? 'tracked by git' : 'tree walk'})`,
    );
    const preset = await loadPresetScanner();
    const skipped: SkippedFile[] = [];
    for (let start = 0; start < scanned.length && !context.signal.aborted; start += READ_BATCH) {
      const batch = scanned.slice(start, start + READ_BATCH);
      const reads = await Promise.all(
        batch.map((file) => readSourceFile(context.root, file, MAX_FILE_BYTES)),
      );
      for (const [index, read] of reads.entries()) {
        const file = batch[index] ?? '';
        if (read.kind === 'skipped') skipped.push({ file, reason: read.reason });
        // A file tracked but deleted in the work tree has nothing to scan; a binary one
        // holds no configuration.
        if (read.kind !== 'text' || read.text.slice(0, BINARY_SNIFF_CHARS).includes('\0')) continue;
        findings.push(...(await scanFile(file, read.text, preset, context)));
      }
    }
    scope.push(`${plural(scanned.length - skipped.length, 'file')} scanned`);
    if (skipped.length > 0) {
      scope.push(describeSkipped(skipped));
      for (const { file, reason } of skipped) context.log(`not scanned: ${file} (${reason})`);
    }
  }
  return judgeFindings(findings, { failOn: options['fail-on'], scope: scope.join(', ') });
}
