//! JSON Schemas of the spec files (draft-07), so the YAML language server completes and checks
//! spec files as they are typed. Derived from the same serde types the loader uses, so the
//! schema cannot drift from what the loader accepts.

use super::{Files, notice};
use crate::spec::{ProviderFile, TaxonomyFile};
use schemars::generate::SchemaSettings;

/// `schema/provider.schema.json` and `schema/taxonomy.schema.json`.
pub fn emit() -> Files {
    let mut files = Files::new();
    files.insert(
        "schema/provider.schema.json".into(),
        schema_for::<ProviderFile>(),
    );
    files.insert(
        "schema/taxonomy.schema.json".into(),
        schema_for::<TaxonomyFile>(),
    );
    files
}

fn schema_for<T: schemars::JsonSchema>() -> String {
    let mut schema = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>();
    schema.insert("$comment".into(), notice().into());
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serializes");
    text.push('\n');
    text
}
