// The numbers in arrival order; every query sorts a copy.
struct MedianFinder {
    nums: Vec<i32>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { nums: Vec::new() }
    }

    fn add_num(&mut self, num: i32) {
        self.nums.push(num);
    }

    fn find_median(&self) -> f64 {
        let mut ordered = self.nums.clone();
        ordered.sort();
        let n = ordered.len();
        if n % 2 == 1 {
            ordered[n / 2] as f64
        } else {
            (ordered[n / 2 - 1] as f64 + ordered[n / 2] as f64) / 2.0
        }
    }
}
