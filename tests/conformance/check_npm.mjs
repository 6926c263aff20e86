// Conformance: the providers' own npm packages (pinned in package-lock.json) against
// generated/catalog.json. Run by `cargo xtask test`:  node check_npm.mjs <path to catalog.json>
// Prints a MISMATCH line per difference (provider, code set, member, catalog value, SDK value)
// and ends with `RESULT N passed, N failed`.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// Read from the install folder: not every package exports its package.json.
const installedVersion = (name) => JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, import.meta.url), "utf8"));
const catalog = JSON.parse(readFileSync(process.argv[2], "utf8"));

let passed = 0;
let failed = 0;
function same(provider, codeSet, member, what, catalogValue, sdkValue) {
  if (JSON.stringify(catalogValue) === JSON.stringify(sdkValue)) {
    passed++;
  } else {
    failed++;
    console.log(`MISMATCH ${provider} ${codeSet} ${member} ${what}: catalog=${JSON.stringify(catalogValue)} sdk=${JSON.stringify(sdkValue)}`);
  }
}

function codeSet(provider, id) {
  const set = catalog.providers.find((p) => p.id === provider)?.code_sets.find((s) => s.id === id);
  if (set === undefined) throw new Error(`catalog has no ${provider}/${id}`);
  return set;
}

// A TypeScript enum object carries reverse mappings (1 -> "NAME"): compare named members only.
function namedMembers(enumObject) {
  return Object.fromEntries(Object.entries(enumObject).filter(([key]) => Number.isNaN(Number(key))));
}

// Same names, same values, nothing missing, nothing extra; and the package is the pinned version
// the spec says it follows.
function compareEnum(provider, id, packageName, enumObject) {
  const set = codeSet(provider, id);
  const version = installedVersion(packageName).version;
  same(provider, id, "-", `${packageName} version`, set.source.version, version);
  const sdk = namedMembers(enumObject);
  const ours = Object.fromEntries(set.codes.map((c) => [c.upstream_name, c.value]));
  for (const name of [...new Set([...Object.keys(ours), ...Object.keys(sdk)])].sort()) {
    same(provider, id, name, "value", ours[name] ?? "<missing>", sdk[name] ?? "<missing>");
  }
  console.log(`${provider}/${id}: ${Object.keys(sdk).length} members of ${packageName} ${version} compared`);
  return set;
}

// Amazon Chime: members, and the SDK's own terminal and failure verdicts for every code.
{
  const { MeetingSessionStatusCode, MeetingSessionStatus } = require("amazon-chime-sdk-js");
  const set = compareEnum("amazon_chime", "meeting_session_status_code", "amazon-chime-sdk-js", MeetingSessionStatusCode);
  for (const c of set.codes) {
    const status = new MeetingSessionStatus(c.value);
    same("amazon_chime", set.id, c.upstream_name, "isTerminal", c.terminal, status.isTerminal());
    same("amazon_chime", set.id, c.upstream_name, "isFailure", c.failure, status.isFailure());
  }
}

// Amazon IVS: the bundle expects a browser; give it the few globals it reads at load time.
{
  globalThis.self = {};
  Object.defineProperty(globalThis, "navigator", { value: { userAgent: "node" }, configurable: true, writable: true });
  globalThis.document = undefined;
  globalThis.window = { navigator: globalThis.navigator, location: {}, addEventListener() {} };
  const log = console.log;
  console.log = () => {}; // the bundle announces what its context lacks; not ours to print
  const ivs = require("amazon-ivs-web-broadcast");
  console.log = log;
  compareEnum("amazon_ivs", "stage_error_code", "amazon-ivs-web-broadcast", ivs.StageErrorCode);
  compareEnum("amazon_ivs", "stage_error_category", "amazon-ivs-web-broadcast", ivs.StageErrorCategory);
}

// LiveKit protocol: DisconnectReason as livekit-client re-exports it, from the @livekit/protocol
// release livekit-client itself depends on (npm's `latest` tag of @livekit/protocol is an old major).
{
  const { DisconnectReason } = require("livekit-client");
  compareEnum("livekit", "disconnect_reason", "livekit-client", DisconnectReason);
  const wanted = installedVersion("livekit-client").dependencies["@livekit/protocol"];
  same("livekit", "disconnect_reason", "-", "@livekit/protocol version", wanted, installedVersion("@livekit/protocol").version);
}

console.log(`RESULT ${passed} passed, ${failed} failed`);
if (failed > 0 || passed === 0) process.exitCode = 1;
