// How check_npm.mjs reads a package's members: one function per declaration shape, and the one
// module loader they share (CommonJS or ESM, optionally inside a jsdom window). No provider is
// named here. Every reader returns `{ members: {name: value} }` or, for a source that has values
// only, `{ values: [...] }`.

import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, posix } from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";

// The checker's own tools (typescript, jsdom) come from its folder; the packages under test
// from the install folder it is given.
const requireTool = createRequire(import.meta.url);

export function readers(installDir) {
  const requireFromInstall = createRequire(join(installDir, "package.json"));
  const packageDir = (name) => join(installDir, "node_modules", name);
  // Read from the install folder: not every package exports its package.json.
  const installedManifest = (name) => JSON.parse(readFileSync(join(packageDir(name), "package.json"), "utf8"));

  // A window from jsdom, its globals defined the way a browser has them, before a bundle that
  // reads `document` (or builds elements) at load time is loaded.
  function defineDom() {
    const { JSDOM } = requireTool("jsdom");
    const html = "<!doctype html><html><body></body></html>";
    const window = new JSDOM(html, { url: "https://localhost/", pretendToBeVisual: true }).window;
    const own = { window, self: window, document: window.document, navigator: window.navigator, location: window.location };
    for (const name of Object.getOwnPropertyNames(window)) if (!(name in globalThis) && !(name in own)) own[name] = window[name];
    for (const [name, value] of Object.entries(own)) {
      Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
    }
  }

  // An ES module (`.mjs`, or `.js` under a package whose `type` is `module`) cannot be
  // `require`d by Node 20: it is `import`ed.
  function isEsm(file) {
    if (file.endsWith(".mjs")) return true;
    if (!file.endsWith(".js")) return false;
    for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
      const manifest = join(dir, "package.json");
      if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, "utf8")).type === "module";
    }
    return false;
  }

  // The one loader: the package's main entry, or `file` inside it.
  async function loadModule(verify) {
    if (verify.dom === "jsdom") defineDom();
    defineGlobals(verify.globals);
    const file = requireFromInstall.resolve(verify.file ? join(packageDir(verify.name), verify.file) : verify.name);
    const log = console.log;
    console.log = () => {}; // bundles announce what their context lacks; not ours to print
    try {
      return isEsm(file) ? await import(pathToFileURL(file).href) : requireFromInstall(file);
    } finally {
      console.log = log;
    }
  }

  async function membersOfExport(verify, valueType) {
    return table(exported(await loadModule(verify), verify.export), verify, valueType);
  }

  // One program per .d.ts file: a program loads its imports and the default libraries, which is
  // most of the checker's time, and several declarations often read the same file.
  const programs = new Map();
  function programOf(ts, file) {
    if (!programs.has(file)) programs.set(file, ts.createProgram([file], { noResolve: false, skipLibCheck: true }));
    return programs.get(file);
  }

  // An `enum` or a `type X = "a" | "b"` in the package's .d.ts, read with the TypeScript compiler.
  function membersOfDts(verify) {
    const ts = requireTool("typescript");
    const manifest = installedManifest(verify.name);
    const file = join(packageDir(verify.name), verify.file ?? manifest.types ?? manifest.typings ?? "index.d.ts");
    const program = programOf(ts, file);
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

  // An object of name: value, or an array of `{name, value}` objects (a generated description);
  // in a set of integers, a string of decimal digits stands for its integer.
  function membersOfJson(verify, valueType) {
    const text = readFileSync(join(packageDir(verify.name), verify.json_file), "utf8");
    const pointer = (verify.pointer ?? "").split("/").slice(1).map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"));
    const found = pointer.reduce((o, key) => o?.[key], JSON.parse(text));
    if (!Array.isArray(found)) return table(found, verify, valueType);
    return { members: Object.fromEntries(found.map((e) => [e?.name, decimal(e?.value, valueType)])) };
  }

  // Every exported class extending the base: its name, and the `code` of an instance.
  async function membersOfErrorClasses(verify) {
    const module = await loadModule(verify);
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

  // A source that ships only in the package's source map: its module, evaluated (see below).
  function membersOfSourceMap(verify, valueType) {
    return table(exported(loadFromSourceMap(verify), verify.export), verify, valueType);
  }

  // The module of `source_file` from the map's sourcesContent, transpiled to CommonJS with the
  // TypeScript compiler and evaluated in its own context. Its relative imports are the map's
  // other sources, loaded the same way; a package import is refused (it is not in the map).
  function loadFromSourceMap(verify) {
    const mapPath = join(packageDir(verify.name), verify.source_map);
    if (!existsSync(mapPath)) throw new Error(`${verify.name} has no source map \`${verify.source_map}\``);
    const map = JSON.parse(readFileSync(mapPath, "utf8"));
    if (!Array.isArray(map.sourcesContent)) throw new Error(`the source map \`${verify.source_map}\` has no sourcesContent`);
    const matching = map.sources.filter((s) => s.endsWith(verify.source_file));
    if (matching.length !== 1) {
      const listed = matching.length === 0 ? "none" : matching.join(", ");
      throw new Error(`\`source_file: ${verify.source_file}\` must end exactly one of the map's sources, it ends ${listed}`);
    }
    const ts = requireTool("typescript");
    const modules = new Map();
    const evaluate = (source) => {
      if (modules.has(source)) return modules.get(source).exports;
      const text = map.sourcesContent[map.sources.indexOf(source)];
      if (typeof text !== "string") throw new Error(`the source map has no content for \`${source}\``);
      const js = ts.transpileModule(text, { fileName: source, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
      const module = { exports: {} };
      modules.set(source, module);
      const require = (name) => {
        const found = mapSource(map.sources, source, name);
        if (found) return evaluate(found);
        console.log(`NOTE ${verify.name}: \`${source}\` imports \`${name}\`, which the source map does not ship; its members read as their own names`);
        return ownNames;
      };
      vm.runInNewContext(js, { module, exports: module.exports, require, console }, { filename: source });
      return module.exports;
    };
    return evaluate(matching[0]);
  }

  return {
    installedManifest,
    loadModule: (verify) => (verify.source_map ? loadFromSourceMap(verify) : loadModule(verify)),
    // Tried in this order: `source_map` comes with an `export` (the export of that source).
    shapes: {
      source_map: membersOfSourceMap,
      export: membersOfExport,
      dts_type: membersOfDts,
      json_file: membersOfJson,
      error_classes: membersOfErrorClasses,
      webidl_enum: membersOfWebIdl,
    },
  };
}

// The map's source that `importer` imports as `name` (TypeScript's resolution: the path, then
// with `.ts`/`.tsx`/`.js`, then its index; paths compared normalised, as `webpack://x/./src/a.ts`
// and `webpack:/x/src/a.ts` are the same file), or undefined when the map does not ship it.
function mapSource(sources, importer, name) {
  if (!name.startsWith(".")) {
    throw new Error(`\`${importer}\` imports \`${name}\`, a package; only the source map's own files can be loaded`);
  }
  const base = posix.normalize(posix.join(posix.dirname(importer), name));
  const candidates = [base, ...[".ts", ".tsx", ".js", "/index.ts", "/index.tsx", "/index.js"].map((e) => base + e)];
  return sources.find((s) => candidates.includes(posix.normalize(s)));
}

// What a relative import that the map does not ship (a type-only file, an enum the bundler
// inlined) reads as: every member is its own name, as in a string enum `{JOIN = "JOIN"}`.
const ownNames = new Proxy({}, { get: (_, key) => (typeof key === "string" ? new Proxy({}, { get: (__, k) => k }) : undefined) });

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

export const dig = (object, dotted) => dotted.split(".").reduce((o, key) => o?.[key], object);

function exported(module, dotted) {
  const value = dig(module, dotted);
  if (value === undefined) throw new Error(`the package has no export \`${dotted}\``);
  return value;
}

// An object of members, or with `keys_as_values` a table keyed by the members' values.
function table(object, verify, valueType) {
  if (verify.call_each) return { members: membersMade(object, verify.call_each) };
  if (!verify.keys_as_values) {
    const members = namedMembers(object);
    return { members: Object.fromEntries(Object.entries(members).map(([k, v]) => [k, verify.json_file ? decimal(v, valueType) : v])) };
  }
  if (object === null || typeof object !== "object") throw new Error("is not an object");
  return { values: Object.keys(object).map((key) => decimal(key, valueType)) };
}

// `call_each`: an object of factory functions (`{InitFailed(action, description) {...}}`), each
// called with `args`; a member is the `name` and `value` (dotted) of what it returns.
function membersMade(object, { args, name, value }) {
  const members = {};
  for (const [key, make] of Object.entries(object ?? {})) {
    if (typeof make !== "function") continue;
    const made = make(...args);
    members[dig(made, name)] = dig(made, value);
  }
  if (Object.keys(members).length === 0) throw new Error("has no functions to call");
  return members;
}

// In a set of integers, a string of decimal digits (a JSON value, an object key) is its integer.
const decimal = (v, valueType) => (valueType === "integer" && typeof v === "string" && /^-?(0|[1-9][0-9]*)$/.test(v) ? Number(v) : v);

// A TypeScript enum object carries reverse mappings (1 -> "NAME", and with computed string
// initialisers "value" -> "NAME"): keep named members only. tsc writes a member, then its
// reverse entry, so an entry [k, v] is a reverse one when an earlier entry is [v, k].
function namedMembers(object) {
  if (object === null || typeof object !== "object") throw new Error("is not an object or enum");
  const kept = [];
  for (const [key, value] of Object.entries(object)) {
    if (!Number.isNaN(Number(key))) continue;
    if (kept.some(([k, v]) => k === value && v === key)) continue;
    kept.push([key, value]);
  }
  return Object.fromEntries(kept);
}
