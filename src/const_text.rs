//! Comparing texts when the crate compiles (`==` and `cmp` are not `const`): for the tables and
//! checks that are built or run in constants. Ground floor; it imports nothing of the crate.

/// Whether two byte strings are equal.
pub const fn equal(a: &[u8], b: &[u8]) -> bool {
    compare(a, b) == 0
}

/// `a` against `b`, byte by byte: negative, zero or positive.
pub const fn compare(a: &[u8], b: &[u8]) -> i32 {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] as i32 - b[i] as i32;
        }
        i += 1;
    }
    a.len() as i32 - b.len() as i32
}

/// `a` against `b`, byte by byte, as [`compare`] orders them, at run time: the names compared
/// are a few bytes long, for which a loop beats a call of the C library's `memcmp`.
#[inline]
pub fn order(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_like_the_standard_library() {
        for (a, b) in [("", ""), ("a", ""), ("ab", "ac"), ("b", "ab"), ("same", "same"), ("é", "e")] {
            let (a, b) = (a.as_bytes(), b.as_bytes());
            assert_eq!(compare(a, b).signum(), a.cmp(b) as i32, "{a:?} {b:?}");
            assert_eq!(equal(a, b), a == b);
            assert_eq!(order(a, b), a.cmp(b));
        }
    }
}
