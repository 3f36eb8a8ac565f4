//! The tests' random inputs: a fixed-seed xorshift generator, so that every run checks the same
//! inputs and a failure can be replayed.

/// A generator of `u64`s from `seed` (not 0), xorshift64 (Marsaglia, 2003).
pub(crate) fn xorshift(seed: u64) -> impl FnMut() -> u64 {
    let mut state = seed;
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    }
}
