import { z } from 'zod';
import { UsageError } from '../util/errors.ts';
import { triggeringRun } from './workflow-run.ts';

/** The repository a run belongs to. */
export interface Repo {
  owner: string;
  repo: string;
}

/** What a workflow run tells about itself, read once from the runner's environment. */
export interface GitHubContext {
  repo: Repo;
  eventName: string;
  /** The event payload (GITHUB_EVENT_PATH), `{}` when there is none. */
  payload: unknown;
  /** GITHUB_SHA: on pull_request events a merge commit that no reviewer sees. */
  sha: string;
  apiUrl: string;
  /** GITHUB_SERVER_URL: where the repository's pages are (github.com or a GHES host). */
  serverUrl: string;
  /** The workflow run's page, linked from every sign-off. */
  runUrl?: string;
}

/** Where the sign-off lands: the commit its check run is attached to, and the PR if known. */
export interface SignoffTarget {
  headSha: string;
  /** Set when the event names the pull request itself. */
  pullRequest?: number;
  /** Set when the pull request has to be looked up from the commit. */
  lookupSha?: string;
  /**
   * Only a pull request whose head is `lookupSha` will do (workflow_run): a late run of an
   * older commit must not overwrite the sign-off of the newer one.
   */
  exactHead?: boolean;
  /** `owner:branch`: where a fork's pull request is found when the commit lookup has none. */
  lookupHead?: string;
}

const pullRequestEvent = z.object({
  pull_request: z.object({ number: z.number().int(), head: z.object({ sha: z.string().min(1) }) }),
});
const deploymentEvent = z.object({ deployment: z.object({ sha: z.string().min(1) }) });

/** Events whose commit is looked up for its pull request (commits/{sha}/pulls). */
const LOOKUP_EVENTS = new Set(['push', 'workflow_dispatch', 'deployment', 'deployment_status']);

/**
 * Reads the runner's GITHUB_* variables and the event payload. `readFile` is injected so
 * that this stays free of I/O decisions; a missing or unreadable payload is an empty one.
 */
export function readGitHubContext(
  env: Readonly<Record<string, string | undefined>>,
  readFile: (path: string) => string,
): GitHubContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) {
    throw new UsageError(
      `GITHUB_REPOSITORY is "${env.GITHUB_REPOSITORY ?? ''}", expected owner/repo: is this running in GitHub Actions?`,
    );
  }
  let payload: unknown = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFile(env.GITHUB_EVENT_PATH));
    } catch {
      payload = {};
    }
  }
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  return {
    repo: { owner, repo },
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    sha: env.GITHUB_SHA ?? '',
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    ...(env.GITHUB_RUN_ID
      ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
  };
}

/**
 * The commit and pull request a sign-off belongs to. On pull_request events the check run
 * goes on the PR's head commit: one on GITHUB_SHA (a merge commit) is accepted by the API
 * but never shown on the PR. A deployment names its own commit; a workflow_run, the triggering
 * run's head commit and (for a fork, where the event lists none) the PR found from it.
 */
export function signoffTarget(context: GitHubContext): SignoffTarget {
  if (context.eventName === 'workflow_run') {
    const run = triggeringRun(context.eventName, context.payload);
    // GITHUB_SHA is the default branch's here: never sign off there by mistake.
    if (!run) {
      throw new UsageError(
        'The workflow_run event has no workflow_run.head_sha: cannot tell which commit to sign off.',
      );
    }
    return run.pullRequest !== undefined
      ? { headSha: run.headSha, pullRequest: run.pullRequest }
      : {
          headSha: run.headSha,
          lookupSha: run.headSha,
          exactHead: true,
          ...(run.headLabel ? { lookupHead: run.headLabel } : {}),
        };
  }
  const pr = pullRequestEvent.safeParse(context.payload);
  if (pr.success && context.eventName.startsWith('pull_request')) {
    return { headSha: pr.data.pull_request.head.sha, pullRequest: pr.data.pull_request.number };
  }
  const deployment = deploymentEvent.safeParse(context.payload);
  const headSha =
    deployment.success && context.eventName.startsWith('deployment')
      ? deployment.data.deployment.sha
      : context.sha;
  return LOOKUP_EVENTS.has(context.eventName) && headSha
    ? { headSha, lookupSha: headSha }
    : { headSha };
}

const pullRequestBase = z.object({
  pull_request: z.object({
    base: z.object({ sha: z.string().regex(/^[0-9a-f]{40,64}$/) }),
    head: z.object({ sha: z.string().regex(/^[0-9a-f]{40,64}$/) }),
  }),
});

/**
 * Where a pull_request event's change starts: its base commit, and its head (actions/checkout
 * checks out GitHub's merge commit of it by default). Missing commits are fetched. Other
 * events have no base: pull_request_target checks out the base branch itself, whose diff
 * against its base would be empty.
 */
export function changeBase(
  context: Pick<GitHubContext, 'eventName' | 'payload'>,
): { ref: string; prHead: string; fetch: true } | undefined {
  if (context.eventName !== 'pull_request') return undefined;
  const event = pullRequestBase.safeParse(context.payload);
  if (!event.success) return undefined;
  const { base, head } = event.data.pull_request;
  return { ref: base.sha, prHead: head.sha, fetch: true };
}

/** `{server}/{owner}/{repo}/blob/{sha}`: the files of `sha` on GitHub, which findings link into. */
export function blobBase(context: GitHubContext, sha: string): string {
  return `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/blob/${sha}`;
}
