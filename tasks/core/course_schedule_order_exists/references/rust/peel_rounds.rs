impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let mut remaining: Vec<(usize, usize)> =
            prerequisites.iter().map(|p| (p[0] as usize, p[1] as usize)).collect();
        let mut blocked = vec![false; num_courses as usize];
        while !remaining.is_empty() {
            // Courses still needing something cannot be taken this round; everything else can.
            blocked.iter_mut().for_each(|b| *b = false);
            for &(course, _) in &remaining {
                blocked[course] = true;
            }
            let before = remaining.len();
            remaining.retain(|&(_, prerequisite)| blocked[prerequisite]);
            if remaining.len() == before {
                return false; // nothing could be taken: a cycle
            }
        }
        true
    }
}
