use std::io::{self, Read};

// Sorts a[lo..hi] through `buffer` and returns its inversions: those inside each half plus the
// left values each right value jumps over while merging. O(n log n).
fn sort_count(a: &mut [i32], buffer: &mut [i32], lo: usize, hi: usize) -> u64 {
    if hi - lo <= 1 {
        return 0;
    }
    let mid = (lo + hi) / 2;
    let mut count = sort_count(a, buffer, lo, mid) + sort_count(a, buffer, mid, hi);
    let (mut i, mut j, mut k) = (lo, mid, lo);
    while i < mid && j < hi {
        if a[j] < a[i] {
            buffer[k] = a[j];
            count += (mid - i) as u64;
            j += 1;
        } else {
            buffer[k] = a[i];
            i += 1;
        }
        k += 1;
    }
    let left_rest = mid - i;
    buffer[k..k + left_rest].copy_from_slice(&a[i..mid]);
    buffer[k + left_rest..hi].copy_from_slice(&a[j..hi]);
    a[lo..hi].copy_from_slice(&buffer[lo..hi]);
    count
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<i32>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let mut a: Vec<i32> = tokens.take(n).collect();
    let mut buffer = vec![0i32; n];
    println!("{}", sort_count(&mut a, &mut buffer, 0, n));
}
