// Per key, (timestamp, value) pairs in set order (increasing timestamps): get is a binary search.
class TimeMap {
    unordered_map<string, vector<pair<int, string>>> history;

public:
    TimeMap() {}

    void set(string key, string value, int timestamp) { history[key].emplace_back(timestamp, value); }

    string get(string key, int timestamp) {
        auto it = history.find(key);
        if (it == history.end()) return "";
        const auto& entries = it->second;
        int lo = 0, hi = (int)entries.size();  // first entry with a timestamp > timestamp
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (entries[mid].first <= timestamp) lo = mid + 1;
            else hi = mid;
        }
        return lo ? entries[lo - 1].second : "";
    }
};
