// `node scripts/release.ts vX.Y.Z NOTES_FILE`: the release workflow's check. Fails with a
// clear message when the tag does not name package.json's version or CHANGELOG.md lacks its
// section; otherwise writes the release notes to NOTES_FILE and prints the plan as
// `key=value` lines for $GITHUB_OUTPUT (major, move-major, latest).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { planRelease } from './release-lib.ts';

const [tag, notesFile] = process.argv.slice(2);
if (!tag || !notesFile) {
  console.error('usage: node scripts/release.ts vX.Y.Z NOTES_FILE');
  process.exit(2);
}
try {
  const plan = planRelease({
    tag,
    packageVersion: (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
      .version,
    changelog: readFileSync('CHANGELOG.md', 'utf8'),
    existingTags: execFileSync('git', ['tag', '--list'], { encoding: 'utf8' }).split('\n'),
  });
  writeFileSync(notesFile, `${plan.notes}\n`);
  console.log(`major=${plan.major}\nmove-major=${plan.moveMajor}\nlatest=${plan.latest}`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  // An annotation on the run's summary page, where the person who pushed the tag looks.
  const escaped = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  console.error(
    process.env.GITHUB_ACTIONS === 'true' ? `::error title=Release::${escaped}` : message,
  );
  process.exit(1);
}
