import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  slug,
  uniqueId
} from "./chunk-DVUULFWV.js";

// src/probes/plan.ts
var titleOf = (target, probe) => probe.type === "tls" ? `${target}: tls` : `${target}: ${probe.type} ${probe.path}`;
var idOf = (target, probe) => {
  const path = probe.type === "tls" ? "" : slug(probe.path, "");
  return `post/${slug(target, "target")}/${probe.type}${path ? `/${path}` : ""}`;
};
function planProbes(post, deployment = {}) {
  const ids = /* @__PURE__ */ new Set();
  return post.targets.flatMap((config) => {
    let target;
    const runtime = () => import("./run-probe-ZWYDZP5Q.js");
    const targetOnce = () => target ??= runtime().then(
      ({ Target }) => new Target(config, post.wait.timeout, deployment.deploymentUrl)
    );
    return config.probes.map((probe) => {
      return {
        id: uniqueId(idOf(config.name, probe), ids),
        phase: "post",
        kind: probe.type,
        title: titleOf(config.name, probe),
        blocking: probe.blocking,
        timeoutMs: post.wait.timeout + probe.timeout,
        skipIfToolMissing: false,
        run: async (context) => (await runtime()).runProbe(await targetOnce(), probe, deployment, context)
      };
    });
  });
}

export {
  planProbes
};
//# sourceMappingURL=chunk-4CCUKTBK.js.map
