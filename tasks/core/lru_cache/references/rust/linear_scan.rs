// Keys and values in recency order in vectors (least recent first): every operation searches and shifts them.
struct LRUCache {
    capacity: usize,
    keys: Vec<i32>,
    values: Vec<i32>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { capacity: capacity as usize, keys: Vec::new(), values: Vec::new() }
    }

    fn get(&mut self, key: i32) -> i32 {
        match self.keys.iter().position(|&k| k == key) {
            Some(i) => {
                self.keys.remove(i);
                let value = self.values.remove(i);
                self.keys.push(key);
                self.values.push(value);
                value
            }
            None => -1,
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        if let Some(i) = self.keys.iter().position(|&k| k == key) {
            self.keys.remove(i);
            self.values.remove(i);
        } else if self.keys.len() >= self.capacity {
            self.keys.remove(0);
            self.values.remove(0);
        }
        self.keys.push(key);
        self.values.push(value);
    }
}
