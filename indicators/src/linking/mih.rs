//! Multi-index hashing: near neighbours of 64-bit hashes by Hamming distance
//! without comparing all pairs.
//!
//! A hash is split into four 16-bit blocks, each indexed in its own table.
//! If two hashes differ in at most `t` bits, at least one block differs in at
//! most `t / 4` bits (pigeonhole), so a query looks up, in every table, each
//! block value within `t / 4` bits of its own, and verifies the candidates by
//! their full distance. With `t = 6` that is 4 x 17 lookups, with the
//! rules default `t = 8` it is 4 x 137.

const BLOCKS: usize = 4;

/// The index over items (distinct hashes) `0..len`.
#[derive(Debug)]
pub(crate) struct MultiIndex {
    max_distance: u32,
    len: u32,
    /// `tables[block][block value]`: (hash, item) of the items with that
    /// block value; the hash sits beside the item so that checking a bucket
    /// reads one contiguous run of memory instead of jumping per candidate.
    tables: Vec<Vec<Vec<(u64, u32)>>>,
}

fn block(hash: u64, b: usize) -> u16 {
    (hash >> (16 * b)) as u16
}

/// Calls `f` for every 16-bit value within `radius` bits of `v`.
fn for_each_within(v: u16, radius: u32, f: &mut impl FnMut(u16)) {
    fn rec(v: u16, from: u32, left: u32, f: &mut impl FnMut(u16)) {
        f(v);
        if left == 0 {
            return;
        }
        for bit in from..16 {
            rec(v ^ (1 << bit), bit + 1, left - 1, f);
        }
    }
    rec(v, 0, radius.min(16), f);
}

impl MultiIndex {
    pub(crate) fn new(max_distance: u32) -> MultiIndex {
        MultiIndex {
            max_distance,
            len: 0,
            tables: (0..BLOCKS).map(|_| vec![Vec::new(); 1 << 16]).collect(),
        }
    }

    /// Items within the distance of `hash`, with their distances, sorted by item.
    pub(crate) fn query(&self, hash: u64) -> Vec<(u32, u32)> {
        let radius = self.max_distance / BLOCKS as u32;
        let mut found = Vec::new();
        for b in 0..BLOCKS {
            let table = &self.tables[b];
            for_each_within(block(hash, b), radius, &mut |v| {
                for &(other, item) in &table[v as usize] {
                    let d = (other ^ hash).count_ones();
                    if d <= self.max_distance {
                        found.push((item, d));
                    }
                }
            });
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Adds the next item (its id must be the number of items added so far).
    pub(crate) fn insert(&mut self, item: u32, hash: u64) {
        debug_assert_eq!(self.len, item);
        self.len += 1;
        for b in 0..BLOCKS {
            self.tables[b][block(hash, b) as usize].push((hash, item));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_exactly_the_hashes_within_distance() {
        let mut state = 7u64;
        let mut rnd = || {
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            crate::linking::text::fmix64(state)
        };
        let mut idx = MultiIndex::new(6);
        let mut all = Vec::new();
        for i in 0..2000u32 {
            // Half are near copies (up to 8 flipped bits) of earlier hashes.
            let h = if i % 2 == 1 {
                let mut h = all[(rnd() % all.len() as u64) as usize];
                for _ in 0..(rnd() % 9) {
                    h ^= 1 << (rnd() % 64);
                }
                h
            } else {
                rnd()
            };
            all.push(h);
            idx.insert(i, h);
        }
        for (q, &h) in all.iter().enumerate().step_by(7) {
            let got = idx.query(h);
            let want: Vec<(u32, u32)> = all
                .iter()
                .enumerate()
                .map(|(i, &o)| (i as u32, (o ^ h).count_ones()))
                .filter(|&(_, d)| d <= 6)
                .collect();
            assert_eq!(got, want, "query {q}");
        }
    }

    #[test]
    fn neighbour_enumeration_counts() {
        let mut n = 0;
        for_each_within(0, 2, &mut |_| n += 1);
        assert_eq!(n, 1 + 16 + 120);
    }
}
