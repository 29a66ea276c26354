//! The boilerplate counts of the text index (how many text groups hold a
//! shingle or a sentence, globally and per site), split into shards by the
//! top bits of the hash, so that a large batch (a linker built from a whole
//! store: ~100 million shingles at a million ads) is counted on every core,
//! each thread owning some of the shards. The counts are the same as those
//! of one table counted in any order.

use crate::linking::linker::threads;
use crate::linking::lsh::PremixedMap;

/// Shards (a power of two): more than there are threads to share them.
const SHARD_BITS: u32 = 4;

/// The shard of a key: a global key is a 32-bit hash, a site key carries
/// the same hash in its low 32 bits.
fn shard(key: u64) -> usize {
    ((key as u32) >> (32 - SHARD_BITS)) as usize
}

/// The key of `h` globally (`None`) or on a site.
pub(crate) fn key(site: Option<u16>, h: u32) -> u64 {
    match site {
        None => u64::from(h),
        Some(s) => ((u64::from(s) + 1) << 32) | u64::from(h),
    }
}

/// Groups holding each key; keys at zero are not kept.
#[derive(Debug)]
pub(crate) struct Counts {
    shards: Vec<PremixedMap<u32>>,
}

impl Default for Counts {
    fn default() -> Counts {
        Counts {
            shards: (0..1 << SHARD_BITS)
                .map(|_| PremixedMap::default())
                .collect(),
        }
    }
}

/// The shards one thread counts into: (shard, its table).
type Owned<'a> = Vec<(usize, &'a mut PremixedMap<u32>)>;

/// Keys to count up by one each: the hashes of a group, globally or on a
/// site, with the threshold whose passing is reported.
pub(crate) struct Job<'a> {
    /// The group's hashes.
    pub(crate) hashes: &'a [u32],
    /// `None` for the global counts.
    pub(crate) site: Option<u16>,
    /// The threshold.
    pub(crate) at: u32,
}

impl Counts {
    /// The count of `key`.
    pub(crate) fn get(&self, key: u64) -> u32 {
        self.shards[shard(key)].get(&key).copied().unwrap_or(0)
    }

    /// Every (key, count).
    pub(crate) fn iter(&self) -> impl Iterator<Item = (u64, u32)> + '_ {
        self.shards
            .iter()
            .flat_map(|m| m.iter().map(|(&k, &c)| (k, c)))
    }

    /// Adds +1 or -1 to a count; returns whether it passes `at` (reaches it
    /// going up, leaves it going down).
    pub(crate) fn bump(&mut self, key: u64, up: bool, at: u32) -> bool {
        bump(&mut self.shards[shard(key)], key, up, at)
    }

    /// Counts every job's keys up by one, on all cores; returns the keys
    /// that reached their threshold (in no particular order).
    pub(crate) fn add_all(&mut self, jobs: &[Job<'_>]) -> Vec<u64> {
        let n = threads().min(self.shards.len());
        let total: usize = jobs.iter().map(|j| j.hashes.len()).sum();
        if n <= 1 || total < 1 << 16 {
            let mut crossed = Vec::new();
            for j in jobs {
                for &h in j.hashes {
                    let k = key(j.site, h);
                    if self.bump(k, true, j.at) {
                        crossed.push(k);
                    }
                }
            }
            return crossed;
        }
        // Thread t owns the shards s with s % n == t.
        let mut owned: Vec<Owned<'_>> = (0..n).map(|_| Vec::new()).collect();
        for (s, m) in self.shards.iter_mut().enumerate() {
            owned[s % n].push((s, m));
        }
        std::thread::scope(|scope| {
            let handles: Vec<_> = owned
                .into_iter()
                .map(|mut mine| {
                    scope.spawn(move || {
                        let mut slot = [usize::MAX; 1 << SHARD_BITS];
                        for (i, (s, _)) in mine.iter().enumerate() {
                            slot[*s] = i;
                        }
                        let mut crossed = Vec::new();
                        for j in jobs {
                            for &h in j.hashes {
                                let k = key(j.site, h);
                                let i = slot[shard(k)];
                                if i != usize::MAX && bump(mine[i].1, k, true, j.at) {
                                    crossed.push(k);
                                }
                            }
                        }
                        crossed
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                .collect()
        })
    }
}

fn bump(m: &mut PremixedMap<u32>, key: u64, up: bool, at: u32) -> bool {
    if up {
        let c = m.entry(key).or_insert(0);
        *c += 1;
        *c == at
    } else {
        let Some(c) = m.get_mut(&key) else {
            return false;
        };
        let crossed = *c == at;
        *c = c.saturating_sub(1);
        if *c == 0 {
            m.remove(&key);
        }
        crossed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counting_on_all_cores_equals_counting_one_at_a_time() {
        let hashes: Vec<Vec<u32>> = (0..600u32)
            .map(|g| {
                (0..200u32)
                    .map(|i| (i % 97 + g % 7).wrapping_mul(0x9e37_79b9) ^ ((i / 97) << 3))
                    .collect()
            })
            .collect();
        let jobs: Vec<Job<'_>> = hashes
            .iter()
            .enumerate()
            .map(|(g, hs)| Job {
                hashes: hs,
                site: (g % 3 != 0).then_some((g % 5) as u16),
                at: 40,
            })
            .collect();
        let mut one = Counts::default();
        let mut want = Vec::new();
        for j in &jobs {
            for &h in j.hashes {
                if one.bump(key(j.site, h), true, j.at) {
                    want.push(key(j.site, h));
                }
            }
        }
        let mut all = Counts::default();
        let mut got = all.add_all(&jobs);
        let (mut a, mut b): (Vec<_>, Vec<_>) = (one.iter().collect(), all.iter().collect());
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b);
        want.sort_unstable();
        got.sort_unstable();
        assert_eq!(got, want);
        assert!(!want.is_empty());
    }
}
