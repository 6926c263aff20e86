// Conformance for every code set whose spec declares `source.verify` with an `npm:` package:
// reads the members where the declaration says (catalog.json carries it), compares names and
// values both ways, and any SDK verdict the declaration names. No provider is named here.
//
//   node check_npm.mjs <catalog.json> [<folder holding node_modules>]
//
// Prints a MISMATCH line per difference, `<provider>/<set>: N members of <pkg> <version>
// compared` per set, and ends with `RESULT N passed, N failed`.

import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { dig, readers } from "./read_npm.mjs";

const catalog = JSON.parse(readFileSync(process.argv[2], "utf8"));
const installDir = resolve(process.argv[3] ?? dirname(fileURLToPath(import.meta.url)));
const { installedManifest, loadModule, shapes } = readers(installDir);

let passed = 0;
let failed = 0;
function same(where, member, what, catalogValue, sdkValue) {
  if (JSON.stringify(catalogValue) === JSON.stringify(sdkValue)) {
    passed++;
  } else {
    failed++;
    console.log(`MISMATCH ${where} ${member} ${what}: catalog=${JSON.stringify(catalogValue)} sdk=${JSON.stringify(sdkValue)}`);
  }
}

function upstreamName(link) {
  const [provider, set, name] = link.split("/");
  const linked = catalog.providers.find((p) => p.id === provider)?.code_sets.find((s) => s.id === set);
  return (linked?.name_prefix ?? "") + name;
}

function catalogVerdict(verdict, code) {
  if (verdict.field === "retry") return code.retry === verdict.equals;
  if (verdict.field === "protocol_equivalent") return code.protocol_equivalent && upstreamName(code.protocol_equivalent);
  return code[verdict.field];
}

// The value of the code whose `protocol_equivalent` links to this one, or null.
function linkedFrom(provider, set, code) {
  const link = `${provider.id}/${set.id}/${code.name}`;
  const codes = catalog.providers.flatMap((p) => p.code_sets.flatMap((s) => s.codes));
  return codes.find((c) => c.protocol_equivalent === link)?.value ?? null;
}

// `each: Obj`: every function of the object (but `skip`), called with `args`; what they return,
// by the value at `key` (default `code`), the first for a value made twice.
function madeByEach(module, verdict) {
  const made = new Map();
  for (const [name, make] of Object.entries(dig(module, verdict.each) ?? {})) {
    if (typeof make !== "function" || (verdict.skip ?? []).includes(name)) continue;
    const result = make(...verdict.args);
    const key = dig(result, verdict.key ?? "code");
    if (!made.has(key)) made.set(key, result);
  }
  if (made.size === 0) throw new Error(`\`${verdict.each}\` has no functions to call`);
  return made;
}

function sdkVerdict(module, verdict, value, linked) {
  const bound = { $value: value, $member: value, $linked_from: linked };
  const args = verdict.args.map((a) => (a in bound ? bound[a] : a));
  let result;
  if (verdict.each) {
    result = verdict.made.get(value);
    if (result === undefined) return `<nothing in ${verdict.each} makes ${JSON.stringify(value)}>`;
  } else {
    result = verdict.construct ? new (dig(module, verdict.construct))(...args) : dig(module, verdict.call)(...args);
  }
  if (verdict.method) result = result[verdict.method]();
  if (verdict.read) result = dig(result, verdict.read);
  return result;
}

// The members (or values) a declaration reads, after checking the installed version.
async function read(where, verify, set) {
  same(where, "-", `${verify.name} version`, verify.version, installedManifest(verify.name).version);
  const shape = Object.keys(shapes).find((k) => verify[k] !== undefined);
  return shapes[shape](verify, set.values);
}

// Names (or, for a values-only source, values) compared with the catalog's, both ways.
function differences(set, { members, values }) {
  const found = { missing: [], extra: [], values: [] };
  if (members) {
    const ours = Object.fromEntries(set.codes.map((c) => [c.upstream_name, c.value]));
    for (const name of [...new Set([...Object.keys(ours), ...Object.keys(members)])].sort()) {
      if (!(name in members)) found.missing.push(name);
      else if (!(name in ours)) found.extra.push(name);
      else if (ours[name] !== members[name]) found.values.push(name);
    }
  } else {
    const ours = set.codes.map((c) => c.value);
    found.missing = ours.filter((v) => !values.includes(v));
    found.extra = values.filter((v) => !ours.includes(v));
  }
  return found;
}

async function check(provider, set) {
  const verify = set.source.verify;
  const where = `${provider.id}/${set.id}`;
  const { members, values } = await read(where, verify, set);
  if (members) {
    const ours = Object.fromEntries(set.codes.map((c) => [c.upstream_name, c.value]));
    for (const name of [...new Set([...Object.keys(ours), ...Object.keys(members)])].sort()) {
      same(where, name, "value", ours[name] ?? "<missing>", members[name] ?? "<missing>");
    }
  } else {
    const ours = new Set(set.codes.map((c) => c.value));
    for (const value of [...new Set([...ours, ...values])].sort()) {
      same(where, JSON.stringify(value), "present", ours.has(value), values.includes(value));
    }
  }
  if (verify.verdicts.length > 0) {
    const module = await loadModule(verify);
    for (const verdict of verify.verdicts) {
      // A verdict may read another source of the same map (`source_file`).
      verdict.module = verdict.source_file ? await loadModule({ ...verify, source_file: verdict.source_file }) : module;
      if (verdict.each) verdict.made = madeByEach(verdict.module, verdict);
    }
    for (const code of set.codes) {
      for (const verdict of verify.verdicts) {
        // `terminal: depends` is decided at run time by the condition: not compared, not passed.
        if (verdict.field === "terminal" && code.terminal === "depends") {
          console.log(`SKIP ${where} ${code.upstream_name} terminal: depends (${code.terminal_condition})`);
          continue;
        }
        same(where, code.upstream_name, verdict.field, catalogVerdict(verdict, code), sdkVerdict(verdict.module, verdict, code.value, linkedFrom(provider, set, code)));
      }
    }
  }
  const count = members ? Object.keys(members).length : values.length;
  console.log(`${where}: ${count} members of ${verify.name} ${verify.version} compared`);
  for (const cross of verify.cross_checks ?? []) await crossCheck(set, `${where} cross check ${describe(cross)}`, cross);
}

// `dts_type ScratchError`, `source_map src/codes.ts:Codes`: which source a cross check reads.
function describe(cross) {
  const shape = Object.keys(shapes).find((k) => cross[k] !== undefined);
  return shape === "source_map" ? `source_map ${cross.source_file}:${cross.export}` : `${shape} ${cross[shape]}`;
}

// Another source in the package: every difference from the catalog must be declared, and every
// declared difference must still hold.
async function crossCheck(set, where, cross) {
  try {
    const source = await read(where, cross, set);
    const found = differences(set, source);
    for (const kind of ["missing", "extra", "values"]) {
      const declared = cross.differences?.[kind] ?? [];
      for (const item of found[kind]) {
        if (declared.includes(item)) passed++;
        else {
          failed++;
          console.log(`MISMATCH ${where} ${JSON.stringify(item)} ${kind}: an undeclared difference (add it to \`differences: ${kind}:\` with a note, or fix the catalog)`);
        }
      }
      for (const item of declared.filter((d) => !found[kind].includes(d))) {
        failed++;
        console.log(`MISMATCH ${where} ${JSON.stringify(item)} ${kind}: a stale difference (declared, but the source agrees now; remove it)`);
      }
    }
    const count = source.members ? Object.keys(source.members).length : source.values.length;
    const total = found.missing.length + found.extra.length + found.values.length;
    console.log(`${where}: ${count} members of ${cross.name} ${cross.version} compared, ${total} differences`);
  } catch (e) {
    failed++;
    console.log(`MISMATCH ${where} - cannot read the members: ${e.message}`);
  }
}

for (const provider of catalog.providers) {
  for (const set of provider.code_sets.filter((s) => s.source.verify?.registry === "npm")) {
    try {
      await check(provider, set);
    } catch (e) {
      failed++;
      console.log(`MISMATCH ${provider.id}/${set.id} - cannot read the members: ${e.message}`);
    }
  }
}
console.log(`RESULT ${passed} passed, ${failed} failed`);
if (failed > 0 || passed === 0) process.exitCode = 1;
