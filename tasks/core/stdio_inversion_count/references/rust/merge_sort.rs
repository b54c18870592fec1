use std::io::{self, Read};

// Sorts a through buf and returns its inversions: a right element placed before left ones jumps over
// every left element not yet placed, each of them larger.
fn sort_count(a: &mut [i64], buf: &mut [i64]) -> u64 {
    let n = a.len();
    if n < 2 {
        return 0;
    }
    let mid = n / 2;
    let mut count = sort_count(&mut a[..mid], &mut buf[..mid]) + sort_count(&mut a[mid..], &mut buf[mid..]);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if a[i] <= a[j] {
            buf[k] = a[i];
            i += 1;
        } else {
            count += (mid - i) as u64;
            buf[k] = a[j];
            j += 1;
        }
        k += 1;
    }
    buf[k..k + mid - i].copy_from_slice(&a[i..mid]);
    k += mid - i;
    buf[k..k + n - j].copy_from_slice(&a[j..n]);
    a.copy_from_slice(&buf[..n]);
    count
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = tokens.next().unwrap() as usize;
    let mut a: Vec<i64> = tokens.take(n).collect();
    let mut buf = vec![0i64; n];
    println!("{}", sort_count(&mut a, &mut buf));
}
