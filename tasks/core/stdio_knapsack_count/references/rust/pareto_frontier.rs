use std::collections::BTreeMap;
use std::io::{self, Read};

// Reachable (weight, value) pairs in an ordered map, pruned to the Pareto frontier after each item:
// a pair is dropped when a lighter-or-equal pair has at least its value. O(n * F log F) time for a
// frontier of F pairs (F <= W + 1).
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let numbers: Vec<usize> = input.split_ascii_whitespace().map(|t| t.parse().unwrap()).collect();
    if numbers.len() < 2 {
        return;
    }
    let (n, capacity) = (numbers[0], numbers[1]);
    let mut frontier: BTreeMap<usize, u32> = BTreeMap::from([(0, 0)]);
    for i in 0..n {
        let (w, v) = (numbers[2 + 2 * i], numbers[3 + 2 * i] as u32);
        let mut grown = frontier.clone();
        for (&weight, &value) in &frontier {
            if weight + w > capacity {
                break;
            }
            let slot = grown.entry(weight + w).or_insert(0);
            if *slot < value + v {
                *slot = value + v;
            }
        }
        frontier.clear();
        let mut best = None;
        for (weight, value) in grown {
            if best.map_or(true, |b| value > b) {
                best = Some(value);
                frontier.insert(weight, value);
            }
        }
    }
    println!("{}", frontier.values().next_back().unwrap());
}
