use std::collections::VecDeque;

impl Solution {
    pub fn connect_sticks(sticks: Vec<i32>) -> i64 {
        // Joined sticks come out in non-decreasing order, so a FIFO keeps them sorted and the two shortest
        // sticks are always at the fronts of the sorted input and of the joined queue.
        let mut sorted: Vec<i64> = sticks.iter().map(|&s| s as i64).collect();
        sorted.sort_unstable();
        let mut original: VecDeque<i64> = sorted.into();
        let mut joined: VecDeque<i64> = VecDeque::with_capacity(sticks.len());
        let mut total = 0;
        for _ in 1..sticks.len() {
            let mut length = 0;
            for _ in 0..2 {
                let from_original = match (original.front(), joined.front()) {
                    (Some(a), Some(b)) => a <= b,
                    (Some(_), None) => true,
                    _ => false,
                };
                length += if from_original { original.pop_front() } else { joined.pop_front() }.unwrap();
            }
            joined.push_back(length);
            total += length;
        }
        total
    }
}
