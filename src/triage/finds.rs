//! The places of one or two bytes in a text, sixty-four bytes at a time: a text's line ends;
//! and the sixteen-byte load the triage's other byte masks share ([`load16`]).
//!
//! `memchr` starts again at each line, and its setup and length tests cost more than a line of
//! a chat is long; here one mask is made for each block of the text and one bit taken for each
//! place.

/// The places of the bytes `x` and `y` in a text, in order ([`finds`]).
pub struct Finds<'a> {
    b: &'a [u8],
    /// Where the next block starts.
    next: usize,
    /// Where the block of `mask` starts, and its places not yet given (bit `k`: `base + k`).
    base: usize,
    mask: u64,
    x: u8,
    y: u8,
}

/// The places of `x` and `y` in `b` (give the same byte twice for one).
pub fn finds(b: &[u8], x: u8, y: u8) -> Finds<'_> {
    Finds {
        b,
        next: 0,
        base: 0,
        mask: 0,
        x,
        y,
    }
}

impl Iterator for Finds<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.mask == 0 {
            let (n, at) = (self.b.len(), self.next);
            if at >= n {
                return None;
            }
            if let Some(block) = self.b.get(at..at + 64) {
                self.base = at;
                self.mask = mask64(block, self.x, self.y);
            } else if n >= 64 {
                // The last block ends the text; the bytes read already are masked off.
                self.base = n - 64;
                self.mask = mask64(&self.b[n - 64..], self.x, self.y) & (!0u64 << (at - (n - 64)));
            } else {
                self.base = 0;
                self.mask = mask_short(self.b, self.x, self.y);
            }
            self.next = at + 64;
        }
        let i = self.base + self.mask.trailing_zeros() as usize;
        self.mask &= self.mask - 1;
        Some(i)
    }
}

/// Bit `k` set when `block[k]` (of 64 bytes) is `x` or `y`.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn mask64(block: &[u8], x: u8, y: u8) -> u64 {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of every x86_64 target.
    unsafe {
        let (vx, vy) = (_mm_set1_epi8(x as i8), _mm_set1_epi8(y as i8));
        let part = |k: usize| {
            let v = load16(block, k);
            let m = _mm_or_si128(_mm_cmpeq_epi8(v, vx), _mm_cmpeq_epi8(v, vy));
            u64::from(_mm_movemask_epi8(m) as u16)
        };
        part(0) | part(16) << 16 | part(32) << 32 | part(48) << 48
    }
}

/// The sixteen bytes of `b` from `at` in an SSE2 register, read as two numbers (no memory is
/// read through a pointer): the start of each of the triage's byte masks.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(super) fn load16(b: &[u8], at: usize) -> std::arch::x86_64::__m128i {
    let half = |k: usize| i64::from_le_bytes(b[k..k + 8].try_into().unwrap_or([0; 8]));
    // SAFETY: SSE2 is part of every x86_64 target.
    unsafe { std::arch::x86_64::_mm_set_epi64x(half(at + 8), half(at)) }
}

/// Bit `k` set when `block[k]` (of 64 bytes) is `x` or `y`.
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn mask64(block: &[u8], x: u8, y: u8) -> u64 {
    mask_short(&block[..64], x, y)
}

/// Bit `k` set when `b[k]` (of at most 64 bytes) is `x` or `y`.
fn mask_short(b: &[u8], x: u8, y: u8) -> u64 {
    (b.iter().enumerate()).fold(0, |m, (k, &c)| m | u64::from((c == x) | (c == y)) << k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn finds_what_a_byte_by_byte_search_finds(
            text in proptest::collection::vec(
                prop_oneof![Just(b'\n'), Just(b'\r'), Just(b'a'), any::<u8>()],
                0..300,
            ),
            from in 0usize..300,
        ) {
            for (x, y) in [(b'\n', b'\n'), (b'\r', b'\n')] {
                let want: Vec<usize> = (0..text.len()).filter(|&i| text[i] == x || text[i] == y).collect();
                prop_assert_eq!(finds(&text, x, y).collect::<Vec<_>>(), want);
                // The same from any place of a longer text.
                let from = from.min(text.len());
                let want: Vec<usize> = (from..text.len()).filter(|&i| text[i] == x || text[i] == y).map(|i| i - from).collect();
                prop_assert_eq!(finds(&text[from..], x, y).collect::<Vec<_>>(), want);
            }
        }
    }
}
