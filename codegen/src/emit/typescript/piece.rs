//! A module written once as pieces, rendered three ways: the readable `.ts` source, the `.js`
//! that runs, and the `.d.ts` declarations.
//!
//! The source uses erasable syntax only, so the JavaScript is the source with its types taken
//! out and the declarations are its signatures: no compiler is needed, and the ts check holds
//! both to what `tsc` makes of the `.ts`. In code templates a type-only span is written
//! `⟦...⟧`: kept in the `.ts` and `.d.ts`, dropped from the `.js`. Templates only ever
//! interpolate validated identifiers; spec text reaches a piece through `string` or `doc` and
//! never passes through [`typed`].

/// One top-level statement (with its doc comment, if any).
pub enum Piece {
    /// The same text in all three files: re-exports.
    Everywhere(String),
    /// Types only: in the `.ts` and `.d.ts`, gone from the `.js` with its doc comment.
    TypeOnly(String),
    /// Needed only at run time: in the `.ts` and `.js` (a typed template), not in the `.d.ts`.
    ValueOnly(String),
    /// A `const`.
    Const(Const),
    /// An exported function: `signature` and `body` are typed templates.
    Function {
        doc: String,
        signature: String,
        body: String,
    },
}

/// A `const` declaration.
pub struct Const {
    /// The doc comment with its line break, or empty.
    pub doc: String,
    pub exported: bool,
    pub name: String,
    pub value: ConstValue,
}

/// What a `const` holds, which decides how its declaration is written.
pub enum ConstValue {
    /// `{ key: literal, ... } as const`: each member with its doc comment (may be empty).
    Literals(Vec<(String, String, String)>),
    /// An expression (plain JavaScript) with the type it is declared as.
    Typed { ty: String, value: String },
    /// One literal, whose type is itself.
    Literal(String),
}

/// The three renderings of a module.
pub struct Rendered {
    pub ts: String,
    pub js: String,
    pub dts: String,
}

/// Renders the pieces under the `header` line comment, a blank line between pieces.
pub fn render(header: &str, pieces: &[Piece]) -> Rendered {
    let mut out = Rendered {
        ts: header.to_owned(),
        js: header.to_owned(),
        dts: header.to_owned(),
    };
    for piece in pieces {
        let (ts, js, dts) = piece_texts(piece);
        for (file, text) in [(&mut out.ts, ts), (&mut out.js, js), (&mut out.dts, dts)] {
            if let Some(text) = text {
                file.push('\n');
                file.push_str(&text);
            }
        }
    }
    // As tsc writes it: a declaration file with a private declaration says it is a module.
    let private = |p: &Piece| matches!(p, Piece::Const(c) if !c.exported);
    if pieces.iter().any(private) {
        out.dts.push_str("\nexport {};\n");
    }
    out
}

/// A piece's text in the `.ts`, `.js` and `.d.ts`; `None` where it has none.
fn piece_texts(piece: &Piece) -> (Option<String>, Option<String>, Option<String>) {
    match piece {
        Piece::Everywhere(text) => (Some(text.clone()), Some(text.clone()), Some(text.clone())),
        Piece::TypeOnly(text) => (Some(text.clone()), None, Some(text.clone())),
        Piece::ValueOnly(text) => (Some(typed(text, true)), Some(typed(text, false)), None),
        Piece::Const(c) => {
            let (ts, js, dts) = const_texts(c);
            (Some(ts), Some(js), Some(dts))
        }
        Piece::Function {
            doc,
            signature,
            body,
        } => (
            Some(format!(
                "{doc}export function {} {{\n{}}}\n",
                typed(signature, true),
                typed(body, true)
            )),
            Some(format!(
                "{doc}export function {} {{\n{}}}\n",
                typed(signature, false),
                typed(body, false)
            )),
            Some(format!(
                "{doc}export declare function {};\n",
                typed(signature, true)
            )),
        ),
    }
}

fn const_texts(c: &Const) -> (String, String, String) {
    let (doc, name) = (&c.doc, &c.name);
    let export = if c.exported { "export " } else { "" };
    match &c.value {
        ConstValue::Literals(members) => {
            let mut value = String::from("{\n");
            let mut ty = String::from("{\n");
            for (member_doc, key, literal) in members {
                value.push_str(&format!("{member_doc}  {key}: {literal},\n"));
                ty.push_str(&format!("{member_doc}  readonly {key}: {literal};\n"));
            }
            value.push('}');
            ty.push('}');
            (
                format!("{doc}{export}const {name} = {value} as const;\n"),
                format!("{doc}{export}const {name} = {value};\n"),
                format!("{doc}{export}declare const {name}: {ty};\n"),
            )
        }
        ConstValue::Typed { ty, value } => (
            format!("{doc}{export}const {name}: {ty} = {value};\n"),
            format!("{doc}{export}const {name} = {value};\n"),
            format!("{doc}{export}declare const {name}: {ty};\n"),
        ),
        ConstValue::Literal(literal) => (
            format!("{doc}{export}const {name} = {literal};\n"),
            format!("{doc}{export}const {name} = {literal};\n"),
            format!("{doc}{export}declare const {name} = {literal};\n"),
        ),
    }
}

/// A typed template as TypeScript (`⟦...⟧` spans kept, markers removed) or as JavaScript
/// (spans removed).
pub fn typed(template: &str, with_types: bool) -> String {
    let mut out = String::with_capacity(template.len());
    let mut depth = 0usize;
    for c in template.chars() {
        match c {
            '⟦' => depth += 1,
            '⟧' => depth -= 1,
            c if with_types || depth == 0 => out.push(c),
            _ => {}
        }
    }
    debug_assert_eq!(depth, 0, "unbalanced type span in {template}");
    out
}

#[cfg(test)]
mod tests {
    use super::typed;

    #[test]
    fn type_spans_are_kept_in_typescript_and_dropped_from_javascript() {
        let template = "f(value⟦: number⟧)⟦: Map<string, ⟦nested⟧> | undefined⟧";
        assert_eq!(
            typed(template, true),
            "f(value: number): Map<string, nested> | undefined"
        );
        assert_eq!(typed(template, false), "f(value)");
    }
}
