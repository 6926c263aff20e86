//! The package around the modules: `package.json`, `tsconfig.json`, README, licence texts and a
//! copy of `catalog.json` (npm packs only what is under the package folder).
//!
//! Every name, version and URL comes from `catalog.package`.

use super::names::module_file;
use crate::emit::{Files, json, licenses, notice, text};
use crate::model::*;

/// The oldest Node.js the package is tested on (the `engines` floor).
const NODE_FLOOR: &str = ">=20";
/// The ECMAScript edition the JavaScript needs (`Object.hasOwn`, `??=`).
const ES_LEVEL: &str = "ES2022";

/// The package's files other than its modules.
pub fn files(catalog: &Catalog) -> Files {
    let mut files = Files::new();
    files.insert("typescript/package.json".into(), package_json(catalog));
    files.insert("typescript/tsconfig.json".into(), tsconfig());
    // Descriptions are long literals: keep each on one line rather than wrapping at 80 columns.
    files.insert(
        "typescript/.prettierrc.json".into(),
        "{ \"printWidth\": 100000 }\n".into(),
    );
    files.insert("typescript/README.md".into(), readme(catalog));
    files.extend(licenses::files("typescript"));
    files.insert("typescript/catalog.json".into(), json::text(catalog));
    files
}

/// A JSON string literal (package.json is JSON, not JavaScript).
fn json_string(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

fn package_json(catalog: &Catalog) -> String {
    let package = &catalog.package;
    let entry = |key: &str, file: &str| {
        format!(
            "    {}: {{\n      \"types\": \"./dist/{file}.d.ts\",\n      \"default\": \"./dist/{file}.js\"\n    }}",
            json_string(key)
        )
    };
    let mut exports = vec![entry(".", "index")];
    for p in &catalog.providers {
        let file = module_file(p);
        exports.push(entry(&format!("./{file}"), &file));
    }
    exports.push("    \"./catalog.json\": \"./catalog.json\"".into());
    exports.push("    \"./package.json\": \"./package.json\"".into());
    let keywords: Vec<String> = text::keywords(catalog)
        .iter()
        .map(|k| json_string(k))
        .collect();
    format!(
        r#"{{
  "//": {notice},
  "name": {name},
  "version": {version},
  "description": {description},
  "keywords": [{keywords}],
  "license": {license},
  "repository": {{
    "type": "git",
    "url": {url},
    "directory": "generated/typescript"
  }},
  "type": "module",
  "sideEffects": false,
  "engines": {{
    "node": "{NODE_FLOOR}"
  }},
  "exports": {{
{exports}
  }},
  "types": "./dist/index.d.ts",
  "files": [
    "dist",
    "src",
    "catalog.json",
    "LICENSE-MIT",
    "LICENSE-APACHE"
  ]
}}
"#,
        notice = json_string(&notice()),
        name = json_string(&package.npm),
        version = json_string(&package.version),
        description = json_string(&text::description(catalog)),
        keywords = keywords.join(", "),
        license = json_string(&package.license),
        url = json_string(&format!("git+{}", text::git_url(&package.repository))),
        exports = exports.join(",\n"),
    )
}

/// For type-checking the source only: the JavaScript and declarations in `dist/` are written by
/// codegen, so nothing here emits.
fn tsconfig() -> String {
    format!(
        r#"{{
  "//": {},
  "compilerOptions": {{
    "target": "es2022",
    "lib": ["es2022"],
    "module": "nodenext",
    "moduleResolution": "nodenext",
    "strict": true,
    "isolatedModules": true,
    "erasableSyntaxOnly": true,
    "verbatimModuleSyntax": true,
    "noUncheckedIndexedAccess": true,
    "exactOptionalPropertyTypes": true,
    "declaration": true,
    "noEmit": true,
    "rootDir": "src"
  }},
  "include": ["src"]
}}
"#,
        json_string(&notice())
    )
}

fn readme(catalog: &Catalog) -> String {
    let package = &catalog.package;
    let name = &package.npm;
    let example = catalog.providers.first().map(module_file);
    let subpath = example
        .map(|m| format!("\nimport * as {m} from \"{name}/{m}\"; // one provider only\n"))
        .unwrap_or_default();
    format!(
        r#"<!-- {notice} -->

# {name}

{description}

Version {version}. Generated from the catalog's YAML spec ({repository}); do not edit.

## Use

```ts
import {{ lookup, codeSets, categoryInfo }} from "{name}";{subpath}
const info = lookup("provider_id", "code_set_id", 42); // CodeInfo | undefined
```

Each provider is a subpath (`{name}/<provider>`) and a namespace of the root module. For each
code set `Foo` a provider module exports the `Foo` object of wire values, the `Foo`,
`FooName` and `FooCatalogName` types, and `isFoo`, `fooName(value)` (the upstream name),
`fooFromName(upstreamName)`, `fooInfo(value)` and `fooInfos`. Every `CodeInfo` carries `name`
(the upstream name) and `catalogName` (the catalog's key, without the set's prefix). The whole
catalog is `{name}/catalog.json`.

## Requirements

- An ES module package: `import` it. The JavaScript is {ES_LEVEL}.
- Node.js {NODE_FLOOR} (`engines`). `require("{name}")` works where Node.js can require ES
  modules: 20.19 and later, 22.12 and later.
- TypeScript: `moduleResolution` `bundler`, `node16` or `nodenext` (the package has `exports`
  only). The declarations are in `dist/`, the readable source in `src/`.
- Bundlers: every module is free of side effects, so unused providers and tables drop out.

## Licence

MIT OR Apache-2.0, at your option: see LICENSE-MIT and LICENSE-APACHE.
"#,
        notice = notice(),
        description = text::description(catalog),
        version = package.version,
        repository = package.repository,
    )
}
