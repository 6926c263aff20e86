//! Table tests for every language's one escaping function.
//!
//! Each expected value is written from that language's rules, not copied from the function:
//! - Rust string literals: `\"`, `\\`, `\n`, `\r`, `\t`, and `\u{hex}` for any other control and
//!   for invisible or bidirectional characters (rustc refuses the latter unescaped); `'`, `$`,
//!   `*/`, `@` and the rest are plain characters in a string.
//! - JavaScript string literals, quoted as prettier quotes them: double quotes, unless the text
//!   holds more double than single quotes; the chosen quote and `\` escaped, controls and
//!   U+2028/U+2029 and invisible characters as `\n`, `\r`, `\t` or `\u{hex}`; `${x}` is plain
//!   text outside a template literal.
//! - Kotlin string literals: like Rust, and `$` too (`\$`), or `$x` and `${x}` would be
//!   templates; Kotlin has no `\u{...}`, so other escapes are `\uXXXX`.
//! - Markdown (docs, and Rust doc comments): one line (any run of whitespace, line and paragraph
//!   separators included, becomes one space, trimmed), a backslash before every character that
//!   could start emphasis, code, a link, a heading or a table cell (`\ ` * _ # [ ] | ~`, an
//!   underscore inside a word excepted), `<`, `>` and `&` as entities, and other controls and
//!   invisible characters as numeric references; joiners stay, emoji need them.
//! - TSDoc and KDoc: that Markdown, plus no `*/` that would close the comment (its `/` as
//!   `&#x2F;`) and no `@` that would start a tag (`\@` in TSDoc, `&#64;` in KDoc).

use rtc_codegen::emit::{docs, go, kotlin, python, rust, typescript};

/// Checks every row and reports all mismatches at once, naming the function and the input.
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
fn rust_string_literals() {
    check(
        "rust::string",
        rust::string,
        &[
            ("plain text", r#""plain text""#),
            ("", r#""""#),
            ("it's", r#""it's""#),
            (r#"say "hi""#, r#""say \"hi\"""#),
            ("`tick`", r#""`tick`""#),
            (r"a\b", r#""a\\b""#),
            (r"\n is not a newline", r#""\\n is not a newline""#),
            ("a\nb\rc\td", r#""a\nb\rc\td""#),
            (
                "nul\0 bell\x07 esc\x1b del\x7f nel\u{85}",
                r#""nul\u{0} bell\u{7} esc\u{1b} del\u{7f} nel\u{85}""#,
            ),
            ("ends */ opens /*", r#""ends */ opens /*""#),
            ("${x} and $x", r#""${x} and $x""#),
            ("@param {@link x}", r#""@param {@link x}""#),
            ("a | b `c` <d>", r#""a | b `c` <d>""#),
            ("line\u{2028}para\u{2029}", r#""line\u{2028}para\u{2029}""#),
            (
                "bidi \u{202E}evil\u{202C} \u{2066}x\u{2069}",
                r#""bidi \u{202e}evil\u{202c} \u{2066}x\u{2069}""#,
            ),
            (
                "zero\u{200B}width\u{FEFF}",
                r#""zero\u{200b}width\u{feff}""#,
            ),
            ("emoji 😀 é", r#""emoji 😀 é""#),
            // The joiner inside 👩‍💻 is escaped too; the string is the same.
            ("👩\u{200D}💻", r#""👩\u{200d}💻""#),
        ],
    );
}

#[test]
fn typescript_string_literals() {
    check(
        "typescript::string",
        typescript::string,
        &[
            ("plain text", r#""plain text""#),
            ("", r#""""#),
            ("it's", r#""it's""#),
            // More double than single quotes: single-quoted, as prettier writes it.
            (r#"say "hi""#, r#"'say "hi"'"#),
            (r#"it's "x""#, r#"'it\'s "x"'"#),
            // As many of each: double-quoted.
            (r#""a" 'b'"#, r#""\"a\" 'b'""#),
            ("`tick`", r#""`tick`""#),
            (r"a\b", r#""a\\b""#),
            ("a\nb\rc\td", r#""a\nb\rc\td""#),
            (
                "nul\0 bell\x07 esc\x1b del\x7f nel\u{85}",
                r#""nul\u{0} bell\u{7} esc\u{1b} del\u{7f} nel\u{85}""#,
            ),
            ("ends */ opens /*", r#""ends */ opens /*""#),
            ("${x} and $x", r#""${x} and $x""#),
            ("@param {@link x}", r#""@param {@link x}""#),
            ("a | b `c` </script>", r#""a | b `c` </script>""#),
            ("line\u{2028}para\u{2029}", r#""line\u{2028}para\u{2029}""#),
            (
                "bidi \u{202E}evil\u{202C} \u{2066}x\u{2069}",
                r#""bidi \u{202e}evil\u{202c} \u{2066}x\u{2069}""#,
            ),
            (
                "zero\u{200B}width\u{FEFF}",
                r#""zero\u{200b}width\u{feff}""#,
            ),
            ("emoji 😀 é", r#""emoji 😀 é""#),
        ],
    );
}

#[test]
fn kotlin_string_literals() {
    check(
        "kotlin::string",
        kotlin::string,
        &[
            ("plain text", r#""plain text""#),
            ("", r#""""#),
            ("it's", r#""it's""#),
            (r#"say "hi""#, r#""say \"hi\"""#),
            ("`tick`", r#""`tick`""#),
            (r"a\b", r#""a\\b""#),
            ("a\nb\rc\td", r#""a\nb\rc\td""#),
            (
                "nul\0 bell\x07 esc\x1b del\x7f nel\u{85}",
                r#""nul\u0000 bell\u0007 esc\u001B del\u007F nel\u0085""#,
            ),
            ("ends */ opens /*", r#""ends */ opens /*""#),
            ("${x} and $x", r#""\${x} and \$x""#),
            ("$ {y} and a lone $", r#""\$ {y} and a lone \$""#),
            ("@param {@link x}", r#""@param {@link x}""#),
            ("a | b `c` <d>", r#""a | b `c` <d>""#),
            ("line\u{2028}para\u{2029}", r#""line\u2028para\u2029""#),
            (
                "bidi \u{202E}evil\u{202C} \u{2066}x\u{2069}",
                r#""bidi \u202Eevil\u202C \u2066x\u2069""#,
            ),
            ("zero\u{200B}width\u{FEFF}", r#""zero\u200Bwidth\uFEFF""#),
            ("emoji 😀 é", r#""emoji 😀 é""#),
        ],
    );
}

/// Rows every Markdown-based function shares: text without `*/` or `@`.
const MARKDOWN: &[(&str, &str)] = &[
    ("plain text", "plain text"),
    ("", ""),
    (r#"it's "quoted""#, r#"it's "quoted""#),
    ("`code`", r"\`code\`"),
    (r"a\b", r"a\\b"),
    ("one\ntwo\r\nthree\tfour", "one two three four"),
    ("  padded   and  spaced  ", "padded and spaced"),
    ("line\u{2028}para\u{2029}end", "line para end"),
    ("nul\0 bell\x07 del\x7f", "nul&#x0; bell&#x7; del&#x7F;"),
    ("${x} and $x", "${x} and $x"),
    ("a | b", r"a \| b"),
    ("<b>bold</b> & co", "&lt;b&gt;bold&lt;/b&gt; &amp; co"),
    ("*em* _em_ ~del~", r"\*em\* \_em\_ \~del\~"),
    (
        "SERVER_SHUTDOWN and snake_case",
        "SERVER_SHUTDOWN and snake_case",
    ),
    ("# not a heading", r"\# not a heading"),
    ("[link](http://x)", r"\[link\](http://x)"),
    (
        "see https://example.com/a_b.",
        "see <https://example.com/a_b>.",
    ),
    (
        "bidi \u{202E}evil\u{202C} \u{2066}x\u{2069}",
        "bidi &#x202E;evil&#x202C; &#x2066;x&#x2069;",
    ),
    ("zero\u{200B}width\u{FEFF}", "zero&#x200B;width&#xFEFF;"),
    ("emoji 😀 é", "emoji 😀 é"),
    ("👩\u{200D}💻", "👩\u{200D}💻"),
];

#[test]
fn markdown_text() {
    check("docs::escape", docs::escape, MARKDOWN);
    check(
        "docs::escape",
        docs::escape,
        &[
            ("ends */ opens /*", r"ends \*/ opens /\*"),
            ("@param {@link x}", "@param {@link x}"),
        ],
    );
}

#[test]
fn tsdoc_text() {
    check("typescript::doc", typescript::doc, MARKDOWN);
    check(
        "typescript::doc",
        typescript::doc,
        &[
            ("ends */ opens /*", r"ends \*&#x2F; opens /\*"),
            ("@param {@link x} a@b", r"\@param {\@link x} a\@b"),
        ],
    );
}

#[test]
fn kdoc_text() {
    check("kotlin::doc", kotlin::doc, MARKDOWN);
    check(
        "kotlin::doc",
        kotlin::doc,
        &[
            // KDoc comments nest: neither `*/` nor `/*` may survive.
            ("ends */ opens /*", r"ends \*&#x2F; opens /\*"),
            ("@param {@link x} a@b", "&#64;param {&#64;link x} a&#64;b"),
        ],
    );
}

/// Go string literals: like Rust, but Go's `\u` takes exactly four hex digits (C1 controls as
/// `\u0085`, never `\x85`, which would be a raw byte), and `$`, `*/`, `@` are plain characters.
#[test]
fn go_string_literals() {
    check(
        "go::string",
        go::string,
        &[
            ("plain text", r#""plain text""#),
            ("", r#""""#),
            ("it's", r#""it's""#),
            (r#"say "hi""#, r#""say \"hi\"""#),
            ("`tick`", r#""`tick`""#),
            (r"a\b", r#""a\\b""#),
            ("a\nb\rc\td", r#""a\nb\rc\td""#),
            (
                "nul\0 bell\x07 esc\x1b del\x7f nel\u{85}",
                r#""nul\u0000 bell\u0007 esc\u001b del\u007f nel\u0085""#,
            ),
            ("ends */ opens /*", r#""ends */ opens /*""#),
            ("${x} and $x", r#""${x} and $x""#),
            ("line\u{2028}para\u{2029}", r#""line\u2028para\u2029""#),
            (
                "bidi \u{202E}evil\u{202C} \u{2066}x\u{2069}",
                r#""bidi \u202eevil\u202c \u2066x\u2069""#,
            ),
            ("zero\u{200B}width\u{FEFF}", r#""zero\u200bwidth\ufeff""#),
            ("emoji 😀 é", r#""emoji 😀 é""#),
        ],
    );
}

/// Go `//` comments: one line (a line break would end the comment, so every control and
/// invisible character is spelled `\uXXXX`), trailing spaces dropped as gofmt drops them;
/// `*/` cannot close a line comment and stays.
#[test]
fn go_comments() {
    check(
        "go::comment",
        go::comment,
        &[
            ("plain text", "plain text"),
            ("one\ntwo", r"one\u000Atwo"),
            ("ends */ opens /*", "ends */ opens /*"),
            ("line\u{2028}para", r"line\u2028para"),
            ("trailing   ", "trailing"),
            ("emoji 😀", "emoji 😀"),
        ],
    );
}

/// C string literals, from C99's rules: `"` and `\` escaped; `\n`, `\r`, `\t`; every other
/// control and every non-ASCII byte as a three-digit octal escape (UTF-8 bytes); a `?` after a
/// `?` as `\?` (no trigraph); `*/` and `'` are plain characters in a string.
#[test]
fn c_string_literals() {
    check(
        "c::string",
        rtc_codegen::emit::c::string,
        &[
            ("plain text", r#""plain text""#),
            ("", r#""""#),
            (r#"say "hi""#, r#""say \"hi\"""#),
            (r"a\b", r#""a\\b""#),
            ("a\nb\rc\td", r#""a\nb\rc\td""#),
            ("nul\0 bell\x07 del\x7f", r#""nul\000 bell\007 del\177""#),
            ("é", r#""\303\251""#),
            ("line\u{2028}", r#""line\342\200\250""#),
            ("\u{1F600}", r#""\360\237\230\200""#),
            ("??=??/ ?", r#""?\?=?\?/ ?""#),
            ("ends */ it's", r#""ends */ it's""#),
            ("1\x001", r#""1\0001""#),
        ],
    );
    assert_eq!(rtc_codegen::emit::c::string(&"x".repeat(4095)).len(), 4097);
    let long = rtc_codegen::emit::c::string(&"hi".repeat(2048));
    assert!(long.starts_with("(const char[]){104, 105, 104,") && long.ends_with(", 105, 0}"));
}

/// C comments: one line, a space between `*` and `/` and between two `?`, controls and
/// invisible characters as `<U+XXXX>`.
#[test]
fn c_comments() {
    check(
        "c::comment",
        rtc_codegen::emit::c::comment,
        &[
            ("plain", "plain"),
            ("ends */ opens /*", "ends * / opens / *"),
            ("a\n\n  b", "a b"),
            ("??/", "? ?/"),
            ("bidi \u{202E}x", "bidi <U+202E>x"),
            ("emoji \u{1F600}", "emoji \u{1F600}"),
        ],
    );
}

#[test]
fn python_string_literals() {
    check(
        "python::string",
        python::string,
        &[
            ("plain text", r#""plain text""#),
            ("", r#""""#),
            ("it's", r#""it's""#),
            (r#"say "hi""#, r#"'say "hi"'"#),
            (r#"it's "x""#, r#"'it\'s "x"'"#),
            (r#"'a' "b""#, r#""'a' \"b\"""#),
            (r"a\b", r#""a\\b""#),
            (r"\n is not a newline", r#""\\n is not a newline""#),
            ("a\nb\rc\td", r#""a\nb\rc\td""#),
            (
                "nul\0 bell\x07 esc\x1b del\x7f nel\u{85}",
                r#""nul\x00 bell\x07 esc\x1b del\x7f nel\x85""#,
            ),
            (
                r#"ends */ opens /* """ '''"#,
                r#""ends */ opens /* \"\"\" '''""#,
            ),
            ("{x} and ${x} %s", r#""{x} and ${x} %s""#),
            ("line\u{2028}para\u{2029}", r#""line\u2028para\u2029""#),
            ("bidi \u{202E}evil\u{202C}", r#""bidi \u202eevil\u202c""#),
            ("zero\u{200B}width \u{FEFF}", r#""zero\u200bwidth \ufeff""#),
            ("emoji 😀👩\u{200D}💻 é", r#""emoji 😀👩\u200d💻 é""#),
        ],
    );
}

#[test]
fn python_comments() {
    check(
        "python::comment",
        python::comment,
        &[
            ("plain text", "plain text"),
            ("a\nb\rc\td\u{85}e", "a b c d e"),
            ("line\u{2028}para\u{2029}", "line<U+2028>para<U+2029>"),
            ("bidi \u{202E}x", "bidi <U+202E>x"),
            ("trailing \n", "trailing"),
            (r#"""" ''' */ # \"#, r#"""" ''' */ # \"#),
        ],
    );
}
