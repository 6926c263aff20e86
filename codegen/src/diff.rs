//! A unified diff of two texts, for `codegen --check`. Small on purpose: drift is usually a few
//! lines, so common prefix and suffix are trimmed first and the rest is compared line by line
//! (longest common subsequence), or shown whole when it is too large to compare cheaply.

use std::fmt::Write;

/// Lines around each change, as `git diff` shows.
const CONTEXT: usize = 3;

/// Above this many line pairs the middle is shown as all removed, then all added.
const MAX_CELLS: usize = 4_000_000;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Same,
    Removed,
    Added,
}

/// `--- a` / `+++ b` headers and `@@` hunks; empty when the texts are equal.
pub fn unified(old: &str, new: &str, a: &str, b: &str) -> String {
    if old == new {
        return String::new();
    }
    let old: Vec<&str> = old.split_inclusive('\n').collect();
    let new: Vec<&str> = new.split_inclusive('\n').collect();
    let ops = edit_script(&old, &new);
    let mut out = format!("--- {a}\n+++ {b}\n");
    // Walk the script, emitting hunks of changes with their context.
    let (mut i, mut j) = (0, 0); // positions in old and new at ops[k]
    let positions: Vec<(usize, usize)> = ops
        .iter()
        .map(|op| {
            let at = (i, j);
            match op {
                Op::Same => (i, j) = (i + 1, j + 1),
                Op::Removed => i += 1,
                Op::Added => j += 1,
            }
            at
        })
        .collect();
    let mut k = 0;
    while k < ops.len() {
        if ops[k] == Op::Same {
            k += 1;
            continue;
        }
        let start = k.saturating_sub(CONTEXT);
        // Extend the hunk while changes are closer than two contexts apart.
        let mut end = k;
        let mut last_change = k;
        while end < ops.len() && end <= last_change + 2 * CONTEXT {
            if ops[end] != Op::Same {
                last_change = end;
            }
            end += 1;
        }
        let end = (last_change + CONTEXT + 1).min(ops.len());
        let (old_start, new_start) = positions[start];
        let old_len = ops[start..end].iter().filter(|o| **o != Op::Added).count();
        let new_len = ops[start..end]
            .iter()
            .filter(|o| **o != Op::Removed)
            .count();
        // An empty range names the line before it, as in `git diff`.
        let range = |start: usize, len: usize| {
            if len == 0 {
                format!("{start},0")
            } else {
                format!("{},{len}", start + 1)
            }
        };
        let _ = writeln!(
            out,
            "@@ -{} +{} @@",
            range(old_start, old_len),
            range(new_start, new_len)
        );
        for (op, &(oi, nj)) in ops[start..end].iter().zip(&positions[start..end]) {
            let (mark, line) = match op {
                Op::Same => (' ', old[oi]),
                Op::Removed => ('-', old[oi]),
                Op::Added => ('+', new[nj]),
            };
            out.push(mark);
            out.push_str(line);
            if !line.ends_with('\n') {
                out.push_str("\n\\ No newline at end of file\n");
            }
        }
        k = end;
    }
    out
}

fn edit_script(old: &[&str], new: &[&str]) -> Vec<Op> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (o, n) = (
        &old[prefix..old.len() - suffix],
        &new[prefix..new.len() - suffix],
    );
    let mut ops = vec![Op::Same; prefix];
    if o.len().saturating_mul(n.len()) > MAX_CELLS {
        ops.extend(std::iter::repeat_n(Op::Removed, o.len()));
        ops.extend(std::iter::repeat_n(Op::Added, n.len()));
    } else {
        // lcs[i][j]: length of the longest common subsequence of o[i..] and n[j..].
        let width = n.len() + 1;
        let mut lcs = vec![0u32; (o.len() + 1) * width];
        for i in (0..o.len()).rev() {
            for j in (0..n.len()).rev() {
                lcs[i * width + j] = if o[i] == n[j] {
                    lcs[(i + 1) * width + j + 1] + 1
                } else {
                    lcs[(i + 1) * width + j].max(lcs[i * width + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < o.len() || j < n.len() {
            if i < o.len() && j < n.len() && o[i] == n[j] {
                ops.push(Op::Same);
                (i, j) = (i + 1, j + 1);
            } else if i < o.len()
                && (j == n.len() || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])
            {
                // Removals before additions, as `git diff` shows them.
                ops.push(Op::Removed);
                i += 1;
            } else {
                ops.push(Op::Added);
                j += 1;
            }
        }
    }
    ops.extend(std::iter::repeat_n(Op::Same, suffix));
    ops
}

#[cfg(test)]
mod tests {
    use super::unified;

    #[test]
    fn equal_texts_have_no_diff() {
        assert_eq!(unified("a\nb\n", "a\nb\n", "a", "b"), "");
    }

    #[test]
    fn a_changed_line_in_context() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        let new = "1\n2\n3\n4\nFIVE\n6\n7\n8\n9\n";
        assert_eq!(
            unified(old, new, "a/x", "b/x"),
            "--- a/x\n+++ b/x\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+FIVE\n 6\n 7\n 8\n"
        );
    }

    #[test]
    fn far_apart_changes_make_two_hunks_and_additions_count() {
        let old: String = (1..=20).map(|i| format!("{i}\n")).collect();
        let new = old.replacen("1\n2\n", "1\ntwo\n", 1).replacen(
            "\n19\n",
            "\n19\nnineteen and a half\n",
            1,
        );
        let diff = unified(&old, &new, "a", "b");
        assert_eq!(diff.matches("@@ -").count(), 2, "{diff}");
        assert!(
            diff.contains("@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n"),
            "{diff}"
        );
        assert!(
            diff.contains("@@ -17,4 +17,5 @@\n 17\n 18\n 19\n+nineteen and a half\n 20\n"),
            "{diff}"
        );
    }

    #[test]
    fn a_file_created_from_nothing() {
        assert_eq!(
            unified("", "x\n", "/dev/null", "b/x"),
            "--- /dev/null\n+++ b/x\n@@ -0,0 +1,1 @@\n+x\n"
        );
    }
}
