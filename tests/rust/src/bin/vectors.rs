//! `vectors CATALOG_JSON`: checks every code of a `catalog.json` against the generated crate this
//! binary was built with, and prints `RESULT N passed, 0 failed` (an assertion failure panics).

include!("../../vectors_check.rs");

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: vectors CATALOG_JSON");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let catalog: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let codes = every_code_round_trips(&catalog);
    let delays = every_retry_vector_agrees(&catalog);
    println!("rust vectors: {codes} codes and {delays} retry delays checked");
    let checked = codes + delays;
    println!("RESULT {checked} passed, 0 failed");
}
