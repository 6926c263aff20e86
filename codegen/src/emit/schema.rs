//! JSON Schemas of the spec files (draft-07), so the YAML language server completes and checks
//! spec files as they are typed. Derived from the same serde types the loader uses, so the
//! schema cannot drift from what the loader accepts. Also the schema of `catalog.json` itself,
//! derived from the structs that write it.

use super::{Out, json, notice};
use crate::spec::{ProviderFile, TaxonomyFile};
use schemars::generate::SchemaSettings;

/// `schema/provider.schema.json`, `schema/taxonomy.schema.json` and `schema/catalog.schema.json`.
pub fn emit(out: &mut dyn Out) {
    out.file(json::SCHEMA_PATH.into(), render(json::schema()));
    out.file(
        "schema/provider.schema.json".into(),
        schema_for::<ProviderFile>(),
    );
    out.file(
        "schema/taxonomy.schema.json".into(),
        schema_for::<TaxonomyFile>(),
    );
}

fn schema_for<T: schemars::JsonSchema>() -> String {
    render(
        SchemaSettings::draft07()
            .into_generator()
            .into_root_schema_for::<T>(),
    )
}

fn render(mut schema: schemars::Schema) -> String {
    schema.insert("$comment".into(), notice().into());
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serializes");
    text.push('\n');
    text
}
