//! The site's one escaping module: every string from the spec reaches the page through one of
//! these two functions, one per context it can land in.
//!
//! - [`html`]: element text and double-quoted attribute values. `&`, `<`, `>`, `"` and `'` as
//!   entities, so text can neither open a tag nor leave an attribute; controls other than tab and
//!   newline, and invisible or bidirectional characters, as numeric references, so no text can
//!   hide in or reorder the source.
//! - [`script_json`]: JSON inside `<script type="application/json">`. Everything that could end
//!   the block or confuse an HTML parser (`<`, `>`, `&`), and U+2028/U+2029 and invisible
//!   characters, as `\uXXXX` JSON escapes. serde_json writes these characters only inside string
//!   literals, where the escape means the same character, so `JSON.parse` gives back the text.

use crate::emit::is_invisible;
use crate::emit::text::escape_into;
use std::fmt::Write;

/// Text for HTML element content or a double-quoted attribute value.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(
        &mut out,
        text,
        |c| {
            matches!(c, '&' | '<' | '>' | '"' | '\'')
                || (c.is_control() && !matches!(c, '\t' | '\n'))
                || is_invisible(c)
        },
        |out, c| match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => {
                let _ = write!(out, "&#x{:X};", c as u32);
            }
        },
    );
    out
}

/// serde_json output made safe to place inside a `<script type="application/json">` element.
pub fn script_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    escape_into(
        &mut out,
        json,
        |c| matches!(c, '<' | '>' | '&') || is_invisible(c),
        |out, c| {
            let _ = write!(out, "\\u{:04x}", c as u32);
        },
    );
    out
}
