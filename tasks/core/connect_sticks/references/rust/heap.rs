use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn connect_sticks(sticks: Vec<i32>) -> i64 {
        let mut heap: BinaryHeap<Reverse<i64>> = sticks.into_iter().map(|s| Reverse(s as i64)).collect();
        let mut total = 0;
        while heap.len() > 1 {
            let Reverse(a) = heap.pop().unwrap();
            let Reverse(b) = heap.pop().unwrap();
            total += a + b;
            heap.push(Reverse(a + b));
        }
        total
    }
}
