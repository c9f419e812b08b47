// The release workflow's decisions, as pure functions: whether a pushed tag may be released
// (it names package.json's version and CHANGELOG.md has that section), the release notes, and
// whether the major tag (v1) moves to it. scripts/release.ts wires them to git and files.

export type ReleasePlan = {
  /** The tag being released, e.g. v1.2.3. */
  tag: string;
  /** The moving major tag, e.g. v1. */
  major: string;
  /** The release notes: the CHANGELOG section's body. */
  notes: string;
  /** True when no released version in the same major is newer: the major tag moves here. */
  moveMajor: boolean;
  /** True when no released version at all is newer: the GitHub release is marked latest. */
  latest: boolean;
};

type Version = readonly [number, number, number];

const SEMVER_TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

const parseTag = (tag: string): Version | undefined => {
  const match = SEMVER_TAG.exec(tag);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
};

const compare = (a: Version, b: Version): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The body of CHANGELOG.md's `## [X.Y.Z] - YYYY-MM-DD` section (Keep a Changelog), trimmed;
 * throws a message saying what to add when the section or its date is missing or it is empty.
 */
export function changelogSection(changelog: string, version: string): string {
  const lines = changelog.split(/\r?\n/);
  const heading = new RegExp(`^## \\[${escapeRegExp(version)}\\](.*)$`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start === -1)
    throw new Error(
      `CHANGELOG.md has no section for ${version}: add "## [${version}] - YYYY-MM-DD" above the ` +
        `previous release, with what changed (move the entries from "## [Unreleased]").`,
    );
  const rest = heading.exec(lines[start]!)![1]!.trim();
  if (!/^- \d{4}-\d{2}-\d{2}$/.test(rest))
    throw new Error(
      `CHANGELOG.md line ${start + 1}: the heading of ${version} must carry its release date, ` +
        `as "## [${version}] - YYYY-MM-DD"; found "${lines[start]}".`,
    );
  const next = lines.findIndex((line, index) => index > start && /^## /.test(line));
  const body = lines
    .slice(start + 1, next === -1 ? undefined : next)
    .filter((line) => !/^\[[^\]]+\]:\s/.test(line)) // link definitions belong to the file's end
    .join('\n')
    .trim();
  if (!body)
    throw new Error(
      `CHANGELOG.md line ${start + 1}: the section for ${version} is empty: say what changed.`,
    );
  return body;
}

/**
 * Checks a pushed tag against package.json's version and CHANGELOG.md and decides where the
 * tags go. `existingTags` are the repository's tags (any names; non-release ones are ignored).
 */
export function planRelease(input: {
  tag: string;
  packageVersion: string;
  changelog: string;
  existingTags: readonly string[];
}): ReleasePlan {
  const { tag, packageVersion, changelog, existingTags } = input;
  const version = parseTag(tag);
  if (!version)
    throw new Error(
      `Release tag "${tag}" is not of the form vX.Y.Z (for example v1.2.3): only such tags are released.`,
    );
  if (tag !== `v${packageVersion}`)
    throw new Error(
      `Release tag ${tag} does not match package.json's version ${packageVersion}: set ` +
        `"version": "${tag.slice(1)}" in package.json and src/version.ts and tag that commit, ` +
        `or tag v${packageVersion} instead.`,
    );
  const notes = changelogSection(changelog, packageVersion);
  const released = existingTags
    .filter((other) => other !== tag)
    .map(parseTag)
    .filter((other) => other !== undefined);
  const newer = released.filter((other) => compare(other, version) > 0);
  return {
    tag,
    major: `v${version[0]}`,
    notes,
    moveMajor: !newer.some((other) => other[0] === version[0]),
    latest: newer.length === 0,
  };
}
