/**
 * The deployment a GitHub event describes: on `deployment_status` (what Vercel and Render
 * send), the URL of the deployed environment and the commit it was built from. Pure, so
 * that main.ts passes the event payload in and tests pass recorded payloads.
 */
export function deploymentFromEvent(
  eventName: string,
  payload: unknown,
): { url?: string; sha?: string } {
  if (eventName !== 'deployment_status' || payload === null || typeof payload !== 'object')
    return {};
  const { deployment_status: status, deployment } = payload as {
    deployment_status?: { environment_url?: unknown; target_url?: unknown; state?: unknown };
    deployment?: { sha?: unknown };
  };
  // environment_url is the deployed site; target_url is often the provider's log page, so it is only the fallback.
  const url = [status?.environment_url, status?.target_url].find(
    (value): value is string => typeof value === 'string' && /^https?:\/\//i.test(value),
  );
  const sha = typeof deployment?.sha === 'string' && deployment.sha ? deployment.sha : undefined;
  return { ...(url ? { url } : {}), ...(sha ? { sha } : {}) };
}
