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
        push_piece(&mut out, piece);
    }
    // As tsc writes it: a declaration file with a private declaration says it is a module.
    let private = |p: &Piece| matches!(p, Piece::Const(c) if !c.exported);
    if pieces.iter().any(private) {
        out.dts.push_str("\nexport {};\n");
    }
    out
}

/// Appends each of `parts`.
fn push_all(out: &mut String, parts: &[&str]) {
    for part in parts {
        out.push_str(part);
    }
}

/// Appends a piece's text to each file that has it, after a blank line; written in place, as
/// an info table is megabytes long.
fn push_piece(out: &mut Rendered, piece: &Piece) {
    match piece {
        Piece::Everywhere(text) => {
            for file in [&mut out.ts, &mut out.js, &mut out.dts] {
                push_all(file, &["\n", text]);
            }
        }
        Piece::TypeOnly(text) => {
            for file in [&mut out.ts, &mut out.dts] {
                push_all(file, &["\n", text]);
            }
        }
        Piece::ValueOnly(text) => {
            push_all(&mut out.ts, &["\n", &typed(text, true)]);
            push_all(&mut out.js, &["\n", &typed(text, false)]);
        }
        Piece::Const(c) => push_const(out, c),
        Piece::Function {
            doc,
            signature,
            body,
        } => {
            let (sig_ts, body_ts) = (typed(signature, true), typed(body, true));
            let (sig_js, body_js) = (typed(signature, false), typed(body, false));
            let ts = [
                "\n",
                doc,
                "export function ",
                &sig_ts,
                " {\n",
                &body_ts,
                "}\n",
            ];
            push_all(&mut out.ts, &ts);
            let js = [
                "\n",
                doc,
                "export function ",
                &sig_js,
                " {\n",
                &body_js,
                "}\n",
            ];
            push_all(&mut out.js, &js);
            push_all(
                &mut out.dts,
                &["\n", doc, "export declare function ", &sig_ts, ";\n"],
            );
        }
    }
}

fn push_const(out: &mut Rendered, c: &Const) {
    let (doc, name) = (c.doc.as_str(), c.name.as_str());
    let export = if c.exported { "export " } else { "" };
    match &c.value {
        ConstValue::Literals(members) => {
            let mut value = String::from("{\n");
            let mut ty = String::from("{\n");
            for (member_doc, key, literal) in members {
                push_all(&mut value, &[member_doc, "  ", key, ": ", literal, ",\n"]);
                push_all(
                    &mut ty,
                    &[member_doc, "  readonly ", key, ": ", literal, ";\n"],
                );
            }
            value.push('}');
            ty.push('}');
            let head = ["\n", doc, export];
            let ts = [&head[..], &["const ", name, " = ", &value, " as const;\n"]].concat();
            push_all(&mut out.ts, &ts);
            push_all(
                &mut out.js,
                &[&head[..], &["const ", name, " = ", &value, ";\n"]].concat(),
            );
            let dts = [&head[..], &["declare const ", name, ": ", &ty, ";\n"]].concat();
            push_all(&mut out.dts, &dts);
        }
        ConstValue::Typed { ty, value } => {
            push_all(
                &mut out.ts,
                &[
                    "\n", doc, export, "const ", name, ": ", ty, " = ", value, ";\n",
                ],
            );
            push_all(
                &mut out.js,
                &["\n", doc, export, "const ", name, " = ", value, ";\n"],
            );
            push_all(
                &mut out.dts,
                &["\n", doc, export, "declare const ", name, ": ", ty, ";\n"],
            );
        }
        ConstValue::Literal(literal) => {
            for file in [&mut out.ts, &mut out.js] {
                push_all(
                    file,
                    &["\n", doc, export, "const ", name, " = ", literal, ";\n"],
                );
            }
            let dts = [
                "\n",
                doc,
                export,
                "declare const ",
                name,
                " = ",
                literal,
                ";\n",
            ];
            push_all(&mut out.dts, &dts);
        }
    }
}

/// A typed template as TypeScript (`⟦...⟧` spans kept, markers removed) or as JavaScript
/// (spans removed).
pub fn typed(template: &str, with_types: bool) -> String {
    let mut out = String::with_capacity(template.len());
    let mut depth = 0usize;
    // Copied a run at a time, between the span markers.
    let mut start = 0;
    for (i, c) in template.char_indices() {
        if c != '⟦' && c != '⟧' {
            continue;
        }
        if with_types || depth == 0 {
            out.push_str(&template[start..i]);
        }
        start = i + c.len_utf8();
        if c == '⟦' {
            depth += 1;
        } else {
            depth -= 1;
        }
    }
    if with_types || depth == 0 {
        out.push_str(&template[start..]);
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
