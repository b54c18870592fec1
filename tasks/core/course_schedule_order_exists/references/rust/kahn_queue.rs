use std::collections::VecDeque;

impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let n = num_courses as usize;
        let mut unlocks: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut missing = vec![0u32; n]; // prerequisites not yet taken, per course
        for pair in &prerequisites {
            unlocks[pair[1] as usize].push(pair[0] as usize);
            missing[pair[0] as usize] += 1;
        }
        let mut ready: VecDeque<usize> = (0..n).filter(|&c| missing[c] == 0).collect();
        let mut taken = 0;
        while let Some(course) = ready.pop_front() {
            taken += 1;
            for &after in &unlocks[course] {
                missing[after] -= 1;
                if missing[after] == 0 {
                    ready.push_back(after);
                }
            }
        }
        taken == n // courses on or behind a cycle never become ready
    }
}
