//! Count the draft (or secret) heads of a local repository without running Mercurial, for
//! the dry run of merge-try-heads: even read-only `hg` commands write caches, and a dry run
//! changes nothing. Reads `.hg/store/00changelog.i` (revlog version 1, inline or not) for the
//! parents of every revision and `.hg/store/phaseroots` for the non-public roots; a head is
//! a revision with no child, and it is non-public when it descends from a non-public root.

use std::collections::HashMap;
use std::path::Path;

const ENTRY: usize = 64;
const INLINE: u32 = 1 << 16;

/// `None` when the repository is not in a format this reads (then the count is left to the
/// run itself).
pub fn count_non_public_heads(repo: &Path) -> Option<usize> {
    let store = repo.join(".hg/store");
    let index = std::fs::read(store.join("00changelog.i")).ok()?;
    if index.len() < 4 {
        return Some(0);
    }
    let header = u32::from_be_bytes(index[0..4].try_into().ok()?);
    if header & 0xffff != 1 {
        return None; // only revlog version 1
    }
    let inline = header & INLINE != 0;
    let mut parents: Vec<(i32, i32)> = Vec::new();
    let mut rev_of: HashMap<[u8; 20], usize> = HashMap::new();
    let mut at = 0usize;
    while at + ENTRY <= index.len() {
        let e = &index[at..at + ENTRY];
        let comp = u32::from_be_bytes(e[8..12].try_into().ok()?) as usize;
        let p1 = i32::from_be_bytes(e[24..28].try_into().ok()?);
        let p2 = i32::from_be_bytes(e[28..32].try_into().ok()?);
        let node: [u8; 20] = e[32..52].try_into().ok()?;
        rev_of.insert(node, parents.len());
        parents.push((p1, p2));
        at += ENTRY + if inline { comp } else { 0 };
    }
    let n = parents.len();
    let mut has_child = vec![false; n];
    for &(p1, p2) in &parents {
        for p in [p1, p2] {
            if p >= 0 && (p as usize) < n {
                has_child[p as usize] = true;
            }
        }
    }
    let mut non_public = vec![false; n];
    let roots = std::fs::read_to_string(store.join("phaseroots")).unwrap_or_default();
    for line in roots.lines() {
        let mut it = line.split_whitespace();
        let (Some(phase), Some(hex)) = (it.next(), it.next()) else { continue };
        if phase == "0" || hex.len() != 40 {
            continue;
        }
        let mut node = [0u8; 20];
        for (i, b) in node.iter_mut().enumerate() {
            *b = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()?;
        }
        if let Some(&r) = rev_of.get(&node) {
            non_public[r] = true;
        }
    }
    for r in 0..n {
        let (p1, p2) = parents[r];
        if [p1, p2].iter().any(|&p| p >= 0 && (p as usize) < n && non_public[p as usize]) {
            non_public[r] = true;
        }
    }
    Some((0..n).filter(|&r| non_public[r] && !has_child[r]).count())
}
