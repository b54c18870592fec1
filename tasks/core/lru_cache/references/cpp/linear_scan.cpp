// Keys and values in recency order in arrays (least recent first): every operation searches and shifts them.
class LRUCache {
    int capacity;
    vector<int> keys, values;

    int find(int key) {
        for (int i = 0; i < (int)keys.size(); i++)
            if (keys[i] == key) return i;
        return -1;
    }

    void touch(int i) {
        int key = keys[i], value = values[i];
        keys.erase(keys.begin() + i);
        values.erase(values.begin() + i);
        keys.push_back(key);
        values.push_back(value);
    }

public:
    LRUCache(int capacity) : capacity(capacity) {}

    int get(int key) {
        int i = find(key);
        if (i < 0) return -1;
        touch(i);
        return values.back();
    }

    void put(int key, int value) {
        int i = find(key);
        if (i >= 0) {
            touch(i);
            values.back() = value;
            return;
        }
        if ((int)keys.size() == capacity) {
            keys.erase(keys.begin());
            values.erase(values.begin());
        }
        keys.push_back(key);
        values.push_back(value);
    }
};
