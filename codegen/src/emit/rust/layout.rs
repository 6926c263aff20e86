//! The few rustfmt rules (stable rustfmt, default config) that decide where the generated crate's
//! lines break, so the emitter writes what `cargo fmt` would and the crate needs no rustfmt.toml.
//!
//! Only text whose length comes from the spec needs a rule: spec strings, names and paths. Each
//! function here places one construct the way rustfmt does: on one line when it fits, else the
//! break rustfmt chooses. Where nothing fits (a string longer than a line), rustfmt gives up on
//! the whole item and keeps it as written, so any layout is accepted there; these functions then
//! keep the same shape they use when it fits.

/// rustfmt's `max_width`.
const MAX_WIDTH: usize = 100;
/// rustfmt's `array_width`: the widest array (between its brackets) kept on one line.
const ARRAY_WIDTH: usize = 60;
/// rustfmt's `short_array_element_width_threshold`: literals this short are packed several to a
/// line when their array breaks.
const SHORT_ITEM: usize = 10;

/// Display width as rustfmt counts it (wide characters count two columns).
pub fn width(text: &str) -> usize {
    // Printable ASCII is one column a byte: most text, counted without decoding it.
    if text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return text.len();
    }
    unicode_width::UnicodeWidthStr::width(text)
}

/// A string that starts with `indent` spaces, with room for `more` bytes after them.
fn line(indent: usize, more: usize) -> String {
    let mut out = String::with_capacity(indent * 2 + more + 16);
    pad(&mut out, indent);
    out
}

/// Appends `indent` spaces.
fn pad(out: &mut String, indent: usize) {
    const SPACES: &str = "                                                                ";
    let mut left = indent;
    while left > SPACES.len() {
        out.push_str(SPACES);
        left -= SPACES.len();
    }
    out.push_str(&SPACES[..left]);
}

/// Appends each of `parts`.
fn push_all(out: &mut String, parts: &[&str]) {
    for part in parts {
        out.push_str(part);
    }
}

/// A match arm: `pat => body,` when it fits, else the body alone in a block on the next line.
pub fn arm(indent: usize, pat: &str, body: &str) -> String {
    let mut out = line(indent, pat.len() + body.len() + 8);
    if indent + width(pat) + " => ".len() + width(body) + ",".len() <= MAX_WIDTH {
        push_all(&mut out, &[pat, " => ", body, ",\n"]);
    } else {
        push_all(&mut out, &[pat, " => {\n"]);
        pad(&mut out, indent + 4);
        push_all(&mut out, &[body, "\n"]);
        pad(&mut out, indent);
        out.push_str("}\n");
    }
    out
}

/// A struct-literal field holding one unbreakable token (a literal or a path): on the field's
/// line when it fits with its comma, else alone on the next line, where rustfmt does not count
/// the comma.
pub fn field(indent: usize, name: &str, value: &str) -> String {
    let mut out = line(indent, name.len() + value.len() + 4);
    let value_width = width(value);
    let same_line = indent + width(name) + ": ".len() + value_width + ",".len();
    let next_line = indent + 4 + value_width;
    if same_line <= MAX_WIDTH || next_line > MAX_WIDTH {
        push_all(&mut out, &[name, ": ", value, ",\n"]);
    } else {
        push_all(&mut out, &[name, ":\n"]);
        pad(&mut out, indent + 4);
        push_all(&mut out, &[value, ",\n"]);
    }
    out
}

/// A struct-literal field holding `Some(token)`, or `None`: when `Some(..)` does not fit, its
/// argument goes alone on the next line.
pub fn option_field(indent: usize, name: &str, value: Option<&str>) -> String {
    let Some(value) = value else {
        return field(indent, name, "None");
    };
    let one_line = indent + width(name) + ": Some(".len() + width(value) + "),".len();
    let mut out = line(indent, name.len() + value.len() + 10);
    if one_line <= MAX_WIDTH {
        push_all(&mut out, &[name, ": Some(", value, "),\n"]);
    } else {
        push_all(&mut out, &[name, ": Some(\n"]);
        pad(&mut out, indent + 4);
        push_all(&mut out, &[value, ",\n"]);
        pad(&mut out, indent);
        out.push_str("),\n");
    }
    out
}

/// `{head} &[items]{tail}` at `indent`, for a field (`head` = `when:`, `tail` = `,`) or a const
/// (`head` = `pub const ALL: &'static [Self] =`, `tail` = `;`).
///
/// One line when the items fit rustfmt's array width (a single item only has to fit the line);
/// for a const whose line is too long, the
/// array alone on the next line. Otherwise one item a line, except that `packable` items (simple
/// literals, as opposed to paths) all no wider than rustfmt's short-item threshold are packed
/// several to a line.
pub fn array(indent: usize, head: &str, items: &[String], tail: &str, packable: bool) -> String {
    let total: usize = items.iter().map(|item| item.len() + indent + 8).sum();
    let mut out = line(indent, head.len() + total + 8);
    // The items' width joined by ", ", without joining them.
    let joined =
        items.iter().map(|item| width(item)).sum::<usize>() + 2 * items.len().saturating_sub(1);
    if items.len() == 1 || joined <= ARRAY_WIDTH {
        let fits =
            indent + width(head) + " &[".len() + joined + "]".len() + tail.len() <= MAX_WIDTH;
        let moved = !fits && tail == ";" && indent + 4 + joined + "&[];".len() <= MAX_WIDTH;
        if fits || moved {
            out.push_str(head);
            if fits {
                out.push(' ');
            } else {
                out.push('\n');
                pad(&mut out, indent + 4);
            }
            out.push_str("&[");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(item);
            }
            push_all(&mut out, &["]", tail, "\n"]);
            return out;
        }
    }
    push_all(&mut out, &[head, " &[\n"]);
    if packable && items.iter().all(|item| width(item) <= SHORT_ITEM) {
        out.push_str(&packed(indent + 4, items));
    } else {
        for item in items {
            pad(&mut out, indent + 4);
            push_all(&mut out, &[item, ",\n"]);
        }
    }
    pad(&mut out, indent);
    push_all(&mut out, &["]", tail, "\n"]);
    out
}

/// Items several to a line, each followed by a comma, as many as fit.
fn packed(indent: usize, items: &[String]) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for item in items {
        if !line.is_empty() && indent + width(&line) + " ".len() + width(item) + 1 > MAX_WIDTH {
            pad(&mut out, indent);
            push_all(&mut out, &[&line, "\n"]);
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(item);
        line.push(',');
    }
    pad(&mut out, indent);
    push_all(&mut out, &[&line, "\n"]);
    out
}

/// `{head} {value};` for a const holding one token; the token on the next line when the line is
/// too long and it fits there.
pub fn assign(indent: usize, head: &str, value: &str) -> String {
    let mut out = line(indent, head.len() + value.len() + 4);
    let same_line = indent + width(head) + 1 + width(value) + 1;
    let next_line = indent + 4 + width(value) + 1;
    if same_line <= MAX_WIDTH || next_line > MAX_WIDTH {
        push_all(&mut out, &[head, " ", value, ";\n"]);
    } else {
        push_all(&mut out, &[head, "\n"]);
        pad(&mut out, indent + 4);
        push_all(&mut out, &[value, ";\n"]);
    }
    out
}

/// A method's first line, `{pad}{before}self{after} {`; rustfmt moves `self` onto a line of its
/// own when the line is too long.
pub fn self_method(indent: usize, before: &str, after: &str) -> String {
    let mut out = line(indent, before.len() + after.len() + 8);
    if indent + width(before) + "self".len() + width(after) + " {".len() <= MAX_WIDTH {
        push_all(&mut out, &[before, "self", after, " {\n"]);
    } else {
        push_all(&mut out, &[before, "\n"]);
        pad(&mut out, indent + 4);
        out.push_str("self,\n");
        pad(&mut out, indent);
        push_all(&mut out, &[after, " {\n"]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(n: usize, width: usize) -> Vec<String> {
        (0..n)
            .map(|_| format!("\"{}\"", "x".repeat(width - 2)))
            .collect()
    }

    #[test]
    fn an_array_stays_on_one_line_up_to_sixty_columns() {
        // Two 29-column items and their separator make 60 columns; one more column breaks it.
        let fits = array(12, "when:", &items(2, 29), ",", true);
        assert_eq!(fits.lines().count(), 1, "{fits}");
        let breaks = array(12, "when:", &items(2, 30), ",", true);
        assert_eq!(breaks.lines().count(), 4, "{breaks}");
    }

    #[test]
    fn a_single_item_only_has_to_fit_the_line() {
        // 82 columns is past the array width, but `when: &[..],` still fits in 100 at indent 8.
        assert_eq!(
            array(8, "when:", &items(1, 82), ",", true).lines().count(),
            1
        );
        assert_eq!(
            array(8, "when:", &items(1, 83), ",", true).lines().count(),
            3
        );
    }

    #[test]
    fn short_literals_are_packed_and_longer_ones_are_not() {
        // Seven 10-column items fill a 99-column line at indent 16; the other five wrap.
        let packed = array(12, "when:", &items(12, 10), ",", true);
        assert_eq!(packed.lines().count(), 4, "{packed}");
        assert_eq!(packed.lines().nth(1).map(width), Some(99));
        let vertical = array(12, "when:", &items(12, 11), ",", true);
        assert_eq!(vertical.lines().count(), 14, "{vertical}");
    }

    #[test]
    fn a_const_array_moves_to_the_next_line_before_it_breaks() {
        let head = "pub const ALL: &'static [Self] =";
        let variants: Vec<String> = [
            "Self::AAAAAAAAAAAAAAAAAAAAAAA",
            "Self::BBBBBBBBBBBBBBBBBBBBBBB",
        ]
        .map(String::from)
        .to_vec();
        let moved = array(4, head, &variants, ";", false);
        assert!(moved.starts_with("    pub const ALL: &'static [Self] =\n        &[Self::A"));
    }

    #[test]
    fn a_field_moves_to_the_next_line_only_where_that_helps() {
        let value = format!("\"{}\"", "x".repeat(76));
        assert_eq!(field(12, "summary", &value).lines().count(), 1);
        let longer = format!("\"{}\"", "x".repeat(77));
        assert_eq!(field(12, "summary", &longer).lines().count(), 2);
        // A short name gains nothing from the next line's deeper indent.
        let long = format!("\"{}\"", "x".repeat(83));
        assert_eq!(field(12, "a", &long).lines().count(), 1);
    }
}
