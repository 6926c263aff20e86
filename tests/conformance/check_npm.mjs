// Conformance for every code set whose spec declares `source.verify` with an `npm:` package:
// reads the members where the declaration says (catalog.json carries it), compares names and
// values both ways, and any SDK verdict the declaration names. No provider is named here.
//
//   node check_npm.mjs <catalog.json> [<folder holding node_modules>]
//
// Prints a MISMATCH line per difference, `<provider>/<set>: N members of <pkg> <version>
// compared` per set, and ends with `RESULT N passed, N failed`.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const catalog = JSON.parse(readFileSync(process.argv[2], "utf8"));
const installDir = resolve(process.argv[3] ?? dirname(fileURLToPath(import.meta.url)));
const requireFromInstall = createRequire(join(installDir, "package.json"));
const packageDir = (name) => join(installDir, "node_modules", name);
// Read from the install folder: not every package exports its package.json.
const installedManifest = (name) => JSON.parse(readFileSync(join(packageDir(name), "package.json"), "utf8"));

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

// Browser globals a bundle reads at load time: JSON values, "function" for a no-op function.
function stub(value) {
  if (value === "function") return () => {};
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stub(v)]));
  }
  return value;
}
function defineGlobals(globals) {
  for (const [name, value] of Object.entries(globals ?? {})) {
    Object.defineProperty(globalThis, name, { value: stub(value), configurable: true, writable: true });
  }
}

function loadModule(verify) {
  defineGlobals(verify.globals);
  const log = console.log;
  console.log = () => {}; // bundles announce what their context lacks; not ours to print
  try {
    return requireFromInstall(verify.file ? join(packageDir(verify.name), verify.file) : verify.name);
  } finally {
    console.log = log;
  }
}

const dig = (object, dotted) => dotted.split(".").reduce((o, key) => o?.[key], object);

// A TypeScript enum object carries reverse mappings (1 -> "NAME"): keep named members only.
function namedMembers(object) {
  if (object === null || typeof object !== "object") throw new Error("is not an object or enum");
  return Object.fromEntries(Object.entries(object).filter(([key]) => Number.isNaN(Number(key))));
}

function membersOfExport(verify) {
  const value = dig(loadModule(verify), verify.export);
  if (value === undefined) throw new Error(`the package has no export \`${verify.export}\``);
  return { members: namedMembers(value) };
}

// An `enum` or a `type X = "a" | "b"` in the package's .d.ts, read with the TypeScript compiler.
function membersOfDts(verify) {
  const ts = requireFromInstall("typescript");
  const manifest = installedManifest(verify.name);
  const file = join(packageDir(verify.name), verify.file ?? manifest.types ?? manifest.typings ?? "index.d.ts");
  const program = ts.createProgram([file], { noResolve: false, skipLibCheck: true });
  const checker = program.getTypeChecker();
  let found;
  const visit = (node) => {
    if (found) return;
    if ((ts.isEnumDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.name.text === verify.dts_type) found = node;
    else ts.forEachChild(node, visit);
  };
  for (const source of program.getSourceFiles()) if (source.fileName.startsWith(packageDir(verify.name))) visit(source);
  if (!found) throw new Error(`no enum or type alias \`${verify.dts_type}\` in ${file}`);
  if (ts.isEnumDeclaration(found)) {
    return { members: Object.fromEntries(found.members.map((m) => [m.name.getText(), checker.getConstantValue(m)])) };
  }
  const type = checker.getTypeAtLocation(found);
  const parts = type.isUnion() ? type.types : [type];
  const values = parts.map((t) => (t.isStringLiteral() || t.isNumberLiteral() ? t.value : `<not a literal: ${checker.typeToString(t)}>`));
  return { values };
}

function membersOfJson(verify) {
  const text = readFileSync(join(packageDir(verify.name), verify.json_file), "utf8");
  const pointer = (verify.pointer ?? "").split("/").slice(1).map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"));
  return { members: namedMembers(pointer.reduce((o, key) => o?.[key], JSON.parse(text))) };
}

// Every exported class extending the base: its name, and the `code` of an instance.
function membersOfErrorClasses(verify) {
  const module = loadModule(verify);
  const base = dig(module, verify.error_classes);
  if (typeof base !== "function") throw new Error(`the package has no class \`${verify.error_classes}\``);
  const members = {};
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === "function" && value !== base && base.prototype.isPrototypeOf(value.prototype)) {
      members[name] = new value().code;
    }
  }
  return { members };
}

// WebIDL enums from @webref/idl: only values, so values are compared.
async function membersOfWebIdl(verify) {
  const idl = requireFromInstall(verify.name);
  for (const ast of Object.values(await idl.parseAll())) {
    const node = ast.find((n) => n.type === "enum" && n.name === verify.webidl_enum);
    if (node) return { values: node.values.map((v) => v.value) };
  }
  throw new Error(`no WebIDL enum \`${verify.webidl_enum}\` in ${verify.name}`);
}

const readers = {
  export: membersOfExport,
  dts_type: membersOfDts,
  json_file: membersOfJson,
  error_classes: membersOfErrorClasses,
  webidl_enum: membersOfWebIdl,
};

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

function sdkVerdict(module, verdict, value, linked) {
  const bound = { $value: value, $member: value, $linked_from: linked };
  const args = verdict.args.map((a) => (a in bound ? bound[a] : a));
  let result = verdict.construct ? new (dig(module, verdict.construct))(...args) : dig(module, verdict.call)(...args);
  if (verdict.method) result = result[verdict.method]();
  if (verdict.read) result = dig(result, verdict.read);
  return result;
}

async function check(provider, set) {
  const verify = set.source.verify;
  const where = `${provider.id}/${set.id}`;
  const installed = installedManifest(verify.name).version;
  same(where, "-", `${verify.name} version`, verify.version, installed);
  const shape = Object.keys(readers).find((k) => verify[k] !== undefined);
  const { members, values } = await readers[shape](verify);
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
    const module = loadModule(verify);
    for (const code of set.codes) {
      for (const verdict of verify.verdicts) {
        // `terminal: depends` is decided at run time by the condition: not compared, not passed.
        if (verdict.field === "terminal" && code.terminal === "depends") {
          console.log(`SKIP ${where} ${code.upstream_name} terminal: depends (${code.terminal_condition})`);
          continue;
        }
        same(where, code.upstream_name, verdict.field, catalogVerdict(verdict, code), sdkVerdict(module, verdict, code.value, linkedFrom(provider, set, code)));
      }
    }
  }
  const count = members ? Object.keys(members).length : values.length;
  console.log(`${where}: ${count} members of ${verify.name} ${installed} compared`);
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
