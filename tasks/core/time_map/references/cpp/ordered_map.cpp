// Per key, an ordered map from timestamp to value: get is upper_bound, O(log n) per operation.
class TimeMap {
    unordered_map<string, map<int, string>> history;

public:
    TimeMap() {}

    void set(string key, string value, int timestamp) { history[key][timestamp] = value; }

    string get(string key, int timestamp) {
        auto it = history.find(key);
        if (it == history.end()) return "";
        auto after = it->second.upper_bound(timestamp);
        return after == it->second.begin() ? "" : prev(after)->second;
    }
};
