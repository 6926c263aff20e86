//! The site's escaping functions, table-tested. Expected values are written from the rules:
//! - HTML text and double-quoted attributes: `&` `<` `>` `"` `'` as `&amp;` `&lt;` `&gt;`
//!   `&quot;` `&#39;`; tab and newline as they are; other controls and invisible or
//!   bidirectional characters as `&#xHEX;`; everything else (emoji, `${x}`, `*/`) as it is.
//! - JSON inside `<script type="application/json">`: `<` `>` `&` and invisible characters
//!   (U+2028, bidi, zero-width) as `\uXXXX` (lower-case hex); the JSON's own escapes untouched.

use rtc_codegen::emit::site::escape::{html, script_json};

fn check(what: &str, f: fn(&str) -> String, rows: &[(&str, &str)]) {
    let wrong: Vec<String> = rows
        .iter()
        .filter_map(|&(input, want)| {
            let got = f(input);
            (got != want).then(|| format!("{what}({input:?}):\n  want {want}\n  got  {got}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn html_text_and_attributes() {
    check(
        "html",
        html,
        &[
            ("plain", "plain"),
            ("</script>", "&lt;/script&gt;"),
            (
                "<img src=x onerror=\"a()\">",
                "&lt;img src=x onerror=&quot;a()&quot;&gt;",
            ),
            ("it's & \"q\"", "it&#39;s &amp; &quot;q&quot;"),
            ("&amp;", "&amp;amp;"),
            ("a\tb\nc\rd", "a\tb\nc&#xD;d"),
            ("bidi \u{202E}evil\u{202C}", "bidi &#x202E;evil&#x202C;"),
            ("line\u{2028}sep", "line&#x2028;sep"),
            ("zero\u{200B}width", "zero&#x200B;width"),
            ("${x} */ 😀 é", "${x} */ 😀 é"),
        ],
    );
}

#[test]
fn json_in_a_script_block() {
    check(
        "script_json",
        script_json,
        &[
            (r#"{"a":"x"}"#, r#"{"a":"x"}"#),
            (
                r#"{"a":"</script><script>"}"#,
                r#"{"a":"\u003c/script\u003e\u003cscript\u003e"}"#,
            ),
            (r#"["<!--"]"#, r#"["\u003c!--"]"#),
            (r#"["a&b"]"#, r#"["a\u0026b"]"#),
            ("[\"\u{2028}\u{2029}\"]", r#"["\u2028\u2029"]"#),
            ("[\"\u{202E}\u{2066}\"]", r#"["\u202e\u2066"]"#),
            (r#"["q\"\\n"]"#, r#"["q\"\\n"]"#),
        ],
    );
}
