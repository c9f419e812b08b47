import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;

// src/util/loopback.ts
import net from "node:net";
var loopback = new net.BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");
function isLoopbackHost(host) {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  const family = net.isIPv4(name) ? "ipv4" : net.isIPv6(name) ? "ipv6" : void 0;
  return family !== void 0 && loopback.check(name, family);
}

export {
  isLoopbackHost
};
//# sourceMappingURL=chunk-AL3S3XOU.js.map
