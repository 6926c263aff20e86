// The TypeScript binding against the shared test vectors: every code in generated/catalog.json
// must come back from the generated package with the same value, name, metadata and link.
// Run by `cargo xtask test` after tsc compiles it: node vectors.test.js <path to catalog.json>
// It imports the package as a dependency, through its `exports` (the shipped dist/), never src/.

import { readFileSync } from "node:fs";
import * as bindings from "rtc-error-catalog";
import { categoryInfo, codeSets, lookup, retryDelay, retryPolicyInfo } from "rtc-error-catalog";
import type { CodeInfo } from "rtc-error-catalog";

interface JsonCode {
  name: string;
  upstream_name: string;
  value: number | string;
  summary: string;
  cause: string;
  when: string[];
  category: string;
  retry: string;
  retry_basis: string;
  terminal: boolean | "depends";
  terminal_basis: string;
  rationale: string | null;
  deprecated: string | null;
  failure: boolean | null;
  protocol_equivalent: string | null;
  identifiers: { typescript: string };
  user_message: string;
  user_message_key: string;
  remediation: string[];
  causes: string[];
  references: string[];
  since: string | null;
  retry_schedule: JsonSchedule | null;
  runtime_signal: JsonSignal | null;
  terminal_condition: string | null;
}
interface JsonSchedule {
  initial_delay_ms: number;
  multiplier_thousandths: number;
  max_delay_ms: number;
  jitter: string;
  max_attempts: number;
}
interface JsonSignal {
  name: string;
  overrides: string[];
  values: { value: string; means: string }[];
  meaning: string | null;
}
interface JsonTerm {
  id: string;
  user_message?: string;
  schedule?: JsonSchedule;
}
interface JsonSet {
  id: string;
  values: "integer" | "string";
  identifiers: { typescript: string };
  codes: JsonCode[];
}
interface JsonCatalog {
  providers: { id: string; code_sets: JsonSet[] }[];
  equivalents: { id: string; codes: string[] }[];
  counts: { codes: number };
  categories: JsonTerm[];
  retry_policies: JsonTerm[];
  retry_vectors: { code: string; attempt: number; random: number; delay_ms: number | null }[];
}

const path = process.argv[2];
if (path === undefined) throw new Error("usage: node vectors.test.js <catalog.json>");
const catalog = JSON.parse(readFileSync(path, "utf8")) as JsonCatalog;

let passed = 0;
const failures: string[] = [];
function check(ok: boolean, what: string): void {
  if (ok) passed++;
  else failures.push(what);
}
function same(actual: unknown, expected: unknown, what: string): void {
  check(JSON.stringify(actual) === JSON.stringify(expected), `${what}: got ${JSON.stringify(actual)}, want ${JSON.stringify(expected)}`);
}

const lowerCamel = (snake: string): string => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

// Wire value of a linked code, from the vectors themselves.
function linkedValue(link: string): number | string | undefined {
  const [p, s, n] = link.split("/");
  return catalog.providers.find((x) => x.id === p)?.code_sets.find((x) => x.id === s)?.codes.find((x) => x.name === n)?.value;
}

// A schedule as the binding spells it (catalog.json's `basis` and `reference` are not in it).
function schedule(s: JsonSchedule | null | undefined): unknown {
  if (s === null || s === undefined) return s === null ? null : undefined;
  return { initialDelayMs: s.initial_delay_ms, multiplierThousandths: s.multiplier_thousandths, maxDelayMs: s.max_delay_ms, jitter: s.jitter, maxAttempts: s.max_attempts };
}

// A runtime signal with its keys in the binding's order (the comparison is of JSON text).
function signal(s: JsonSignal | null): unknown {
  if (s === null) return null;
  return { name: s.name, overrides: s.overrides, values: s.values.map((v) => ({ value: v.value, means: v.means })), meaning: s.meaning };
}

type Module = Record<string, unknown>;
type Fn = (arg: unknown) => unknown;
let codesChecked = 0;
for (const provider of catalog.providers) {
  const mod = (bindings as unknown as Record<string, Module | undefined>)[lowerCamel(provider.id)];
  check(mod !== undefined, `${provider.id}: module exported from the index`);
  if (mod === undefined) continue;
  // The subpath export is the same module as the root's namespace.
  const subpath = (await import(`rtc-error-catalog/${provider.id}`)) as Module;
  same(Object.keys(subpath).sort(), Object.keys(mod).sort(), `${provider.id}: subpath export`);
  for (const set of provider.code_sets) {
    const entry = codeSets.find((s) => s.provider === provider.id && s.id === set.id);
    check(entry !== undefined, `${provider.id}/${set.id}: in codeSets`);
  }
  for (const set of provider.code_sets) {
    const type = set.identifiers.typescript;
    const prefix = lowerFirst(type);
    const codes = mod[type] as Record<string, number | string>;
    const nameOf = mod[`${prefix}Name`] as Fn;
    const fromName = mod[`${prefix}FromName`] as Fn;
    const isCode = mod[`is${type}`] as Fn;
    const infoOf = mod[`${prefix}Info`] as (v: unknown) => CodeInfo | undefined;
    same(Object.keys(codes).length, set.codes.length, `${provider.id}/${set.id}: member count`);
    for (const c of set.codes) {
      const at = `${provider.id}/${set.id}/${c.name}`;
      same(codes[c.identifiers.typescript], c.value, `${at}: const member`);
      same(nameOf(c.value), c.upstream_name, `${at}: upstream name from wire value`);
      same(fromName(c.upstream_name), c.value, `${at}: wire value from upstream name`);
      if (c.upstream_name !== c.name) same(fromName(c.name), undefined, `${at}: the catalog name is not an upstream name`);
      same(isCode(c.value), true, `${at}: is${type}`);
      const info = infoOf(c.value);
      check(info !== undefined, `${at}: info`);
      if (info === undefined) continue;
      same(info.provider, provider.id, `${at}: provider`);
      same(info.codeSet, set.id, `${at}: code set`);
      same(info.value, c.value, `${at}: value`);
      same(info.name, c.upstream_name, `${at}: upstream name`);
      same(info.catalogName, c.name, `${at}: catalog name`);
      check(lookup(provider.id, set.id, c.value) === info, `${at}: lookup in the registry`);
      same(info.summary, c.summary, `${at}: summary`);
      same(info.cause, c.cause, `${at}: cause`);
      same(info.when, c.when, `${at}: when`);
      same(info.category, c.category, `${at}: category`);
      same(info.retryPolicy, c.retry, `${at}: retry policy`);
      same(info.retryBasis, c.retry_basis, `${at}: retry basis`);
      // `terminal` is true only for `terminal: true`; `terminality` spells all three.
      same(info.terminal, c.terminal === true, `${at}: terminal`);
      same(info.terminality, c.terminal === "depends" ? "depends" : c.terminal ? "terminal" : "not_terminal", `${at}: terminality`);
      same(info.terminalCondition ?? null, c.terminal_condition, `${at}: terminal condition`);
      same(info.userMessage, c.user_message, `${at}: user message`);
      same(info.userMessageKey, c.user_message_key, `${at}: user message key`);
      same(info.remediation, c.remediation, `${at}: remediation`);
      same(info.causes, c.causes, `${at}: causes`);
      same(info.references, c.references, `${at}: references`);
      same(info.since ?? null, c.since, `${at}: since`);
      same(info.retrySchedule, schedule(c.retry_schedule), `${at}: retry schedule`);
      same(info.runtimeSignal, signal(c.runtime_signal), `${at}: runtime signal`);
      same(info.terminalBasis, c.terminal_basis, `${at}: terminal basis`);
      same(info.rationale ?? null, c.rationale, `${at}: rationale`);
      same(info.deprecated ?? null, c.deprecated, `${at}: deprecated`);
      same(info.failure ?? null, c.failure, `${at}: failure flag`);
      same(info.protocolEquivalent ?? null, c.protocol_equivalent === null ? null : linkedValue(c.protocol_equivalent), `${at}: protocol equivalent`);
      codesChecked++;
    }
    // An unknown value is something the caller can test, never a throw.
    const unknown = set.values === "integer" ? Math.max(...set.codes.map((c) => c.value as number)) + 1 : "\u0000not a code";
    same(nameOf(unknown), undefined, `${provider.id}/${set.id}: unknown value has no name`);
    same(infoOf(unknown), undefined, `${provider.id}/${set.id}: unknown value has no info`);
    same(isCode(unknown), false, `${provider.id}/${set.id}: unknown value is not a code`);
    same(fromName("__proto__"), undefined, `${provider.id}/${set.id}: inherited names are not codes`);
    same(fromName("toString"), undefined, `${provider.id}/${set.id}: inherited names are not codes`);
    same(lookup(provider.id, set.id, unknown), undefined, `${provider.id}/${set.id}: lookup of an unknown value`);
    const wrongType = set.values === "integer" ? String(set.codes[0]?.value) : 0;
    same(lookup(provider.id, set.id, wrongType), undefined, `${provider.id}/${set.id}: lookup of a value of the wrong type`);
  }
}
// One policy function, written once against the shared CodeInfo type, for every provider.
type Action = "nothing" | "wait for the SDK" | "retry later" | "reauthenticate" | "ask the user" | "give up" | "decide from detail";
function whatToDo(info: CodeInfo): Action {
  // By id, not by constant: the harness compiles against every tree's taxonomy (the golden cases
  // define only a few policies).
  const policy: string = info.retryPolicy;
  switch (policy) {
    case "not_an_error":
      return "nothing";
    case "automatic":
      return "wait for the SDK";
    case "backoff":
      return "retry later";
    case "refresh_credentials":
      return "reauthenticate";
    case "user_action":
      return "ask the user";
    case "never":
      return "give up";
    default:
      return "decide from detail";
  }
}
function infoOfLink(link: string): CodeInfo | undefined {
  const [p, s, n] = link.split("/");
  const set = catalog.providers.find((x) => x.id === p)?.code_sets.find((x) => x.id === s);
  const mod = (bindings as unknown as Record<string, Module | undefined>)[lowerCamel(p ?? "")];
  if (set === undefined || mod === undefined) return undefined;
  const value = set.codes.find((c) => c.name === n)?.value;
  return (mod[`${lowerFirst(set.identifiers.typescript)}Info`] as (v: unknown) => CodeInfo | undefined)(value);
}
const providersSeen = new Set<string>();
const actionsSeen = new Set<Action>();
for (const provider of catalog.providers) {
  for (const set of provider.code_sets) {
    for (const c of set.codes) {
      const info = infoOfLink(`${provider.id}/${set.id}/${c.name}`);
      if (info === undefined) continue;
      providersSeen.add(info.provider);
      actionsSeen.add(whatToDo(info));
    }
  }
}
same(providersSeen.size, catalog.providers.length, "policy function saw codes from every provider");
const policiesUsed = new Set(catalog.providers.flatMap((p) => p.code_sets.flatMap((s) => s.codes.map((c) => c.retry))));
same(actionsSeen.size, policiesUsed.size, "each retry policy in use leads to its own action");
// The same event from different providers gets the same handling where the catalog classifies
// it (the validator's rule for equivalence groups, seen through the binding). The real catalog's
// own groups (room_ended: give up, terminal) are asserted in tests/rust/tests/real_catalog.rs.
for (const group of catalog.equivalents) {
  const infos = group.codes.map(infoOfLink);
  check(infos.every((i) => i !== undefined), `${group.id}: every code resolves in its binding`);
  const ours = infos.filter((i) => i !== undefined && i.retryBasis === "catalog");
  same(new Set(ours.map((i) => whatToDo(i!))).size <= 1, true, `${group.id}: one action for its catalog-classified codes`);
}

// The taxonomy's defaults: each category's user message, each retry policy's schedule.
const categories = categoryInfo as Record<string, { userMessage?: string } | undefined>;
const policies = retryPolicyInfo as Record<string, { schedule?: unknown } | undefined>;
same(Object.keys(categories).length, catalog.categories.length, "categoryInfo holds every category");
same(Object.keys(policies).length, catalog.retry_policies.length, "retryPolicyInfo holds every retry policy");
for (const t of catalog.categories) same(categories[t.id]?.userMessage, t.user_message, `category ${t.id}: user message`);
for (const t of catalog.retry_policies) same(policies[t.id]?.schedule, schedule(t.schedule), `retry policy ${t.id}: schedule`);

// Every retry vector against retryDelay: the rule of emit/retry.rs, to the millisecond.
let vectorsChecked = 0;
for (const v of catalog.retry_vectors) {
  const info = infoOfLink(v.code);
  check(info !== undefined, `retry vector ${v.code}: code resolves`);
  if (info === undefined) continue;
  same(retryDelay(info, v.attempt, v.random), v.delay_ms ?? undefined, `retryDelay(${v.code}, ${v.attempt}, ${v.random})`);
  // NaN, like any number outside [0, 1), counts as 0.
  if (v.random === 0) same(retryDelay(info, v.attempt, Number.NaN), v.delay_ms ?? undefined, `retryDelay(${v.code}, ${v.attempt}, NaN)`);
  vectorsChecked++;
}
same(vectorsChecked, catalog.retry_vectors.length, "retry vectors checked");
check(vectorsChecked > 0, "at least one retry vector checked");

same(codesChecked, catalog.counts.codes, "codes checked");
same(codeSets.length, catalog.providers.flatMap((p) => p.code_sets).length, "codeSets holds every code set");
same(lookup("no such provider", "no such set", 0), undefined, "lookup in an unknown provider");
check(codesChecked > 0, "at least one code checked");

for (const f of failures) console.error(`FAIL ${f}`);
console.log(`typescript vectors: ${codesChecked} codes checked, ${vectorsChecked} retry vectors checked`);
console.log(`RESULT ${passed} passed, ${failures.length} failed`);
if (failures.length > 0) process.exitCode = 1;
