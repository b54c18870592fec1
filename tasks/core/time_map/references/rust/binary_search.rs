use std::collections::HashMap;

// Per key, (timestamp, value) pairs in set order (increasing timestamps): get is a binary search.
struct TimeMap {
    history: HashMap<String, Vec<(i32, String)>>,
}

impl TimeMap {
    fn new() -> Self {
        TimeMap { history: HashMap::new() }
    }

    fn set(&mut self, key: String, value: String, timestamp: i32) {
        self.history.entry(key).or_default().push((timestamp, value));
    }

    fn get(&self, key: String, timestamp: i32) -> String {
        match self.history.get(&key) {
            Some(entries) => {
                let i = entries.partition_point(|e| e.0 <= timestamp);
                if i == 0 { String::new() } else { entries[i - 1].1.clone() }
            }
            None => String::new(),
        }
    }
}
