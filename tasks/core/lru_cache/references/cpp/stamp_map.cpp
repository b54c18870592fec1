// Each use stamps its key; an ordered map from stamp to key finds the least recent one: O(log n) per operation.
class LRUCache {
    int capacity;
    long long clock = 0;
    unordered_map<int, pair<int, long long>> entries;  // key -> (value, stamp)
    map<long long, int> by_stamp;

    void touch(int key, pair<int, long long>& entry) {
        by_stamp.erase(entry.second);
        entry.second = ++clock;
        by_stamp.emplace(entry.second, key);
    }

public:
    LRUCache(int capacity) : capacity(capacity) {}

    int get(int key) {
        auto it = entries.find(key);
        if (it == entries.end()) return -1;
        touch(key, it->second);
        return it->second.first;
    }

    void put(int key, int value) {
        auto it = entries.find(key);
        if (it != entries.end()) {
            it->second.first = value;
            touch(key, it->second);
            return;
        }
        if ((int)entries.size() == capacity) {
            auto oldest = by_stamp.begin();
            entries.erase(oldest->second);
            by_stamp.erase(oldest);
        }
        entries[key] = {value, ++clock};
        by_stamp.emplace(clock, key);
    }
};
