use std::collections::HashMap;

// Per key, (timestamp, value) pairs in set order: get scans back from the newest.
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
        if let Some(entries) = self.history.get(&key) {
            for e in entries.iter().rev() {
                if e.0 <= timestamp {
                    return e.1.clone();
                }
            }
        }
        String::new()
    }
}
