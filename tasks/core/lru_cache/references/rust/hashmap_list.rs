use std::collections::HashMap;

// A hash map from key to its slot in a doubly linked list (indices into arrays) kept in recency order:
// O(1) per operation. Slot 0 is the sentinel.
struct LRUCache {
    capacity: usize,
    slots: HashMap<i32, usize>,
    keys: Vec<i32>,
    values: Vec<i32>,
    prev: Vec<usize>,
    next: Vec<usize>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        let n = capacity as usize + 1;
        LRUCache {
            capacity: capacity as usize,
            slots: HashMap::with_capacity(2 * n),
            keys: Vec::with_capacity(n),
            values: Vec::with_capacity(n),
            prev: vec![0],
            next: vec![0],
        }
        .with_sentinel()
    }

    fn with_sentinel(mut self) -> Self {
        self.keys.push(0);
        self.values.push(0);
        self
    }

    fn unlink(&mut self, i: usize) {
        let (p, n) = (self.prev[i], self.next[i]);
        self.next[p] = n;
        self.prev[n] = p;
    }

    fn push_front(&mut self, i: usize) {
        let first = self.next[0];
        self.prev[i] = 0;
        self.next[i] = first;
        self.prev[first] = i;
        self.next[0] = i;
    }

    fn get(&mut self, key: i32) -> i32 {
        match self.slots.get(&key) {
            Some(&i) => {
                self.unlink(i);
                self.push_front(i);
                self.values[i]
            }
            None => -1,
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        if let Some(&i) = self.slots.get(&key) {
            self.values[i] = value;
            self.unlink(i);
            self.push_front(i);
            return;
        }
        let i = if self.slots.len() >= self.capacity {
            let last = self.prev[0];
            self.unlink(last);
            self.slots.remove(&self.keys[last]);
            self.keys[last] = key;
            self.values[last] = value;
            last
        } else {
            self.keys.push(key);
            self.values.push(value);
            self.prev.push(0);
            self.next.push(0);
            self.keys.len() - 1
        };
        self.slots.insert(key, i);
        self.push_front(i);
    }
}
