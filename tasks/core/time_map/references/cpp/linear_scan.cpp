// Per key, (timestamp, value) pairs in set order: get scans back from the newest.
class TimeMap {
    unordered_map<string, vector<pair<int, string>>> history;

public:
    TimeMap() {}

    void set(string key, string value, int timestamp) { history[key].emplace_back(timestamp, value); }

    string get(string key, int timestamp) {
        const auto& entries = history[key];
        for (int i = (int)entries.size() - 1; i >= 0; i--)
            if (entries[i].first <= timestamp) return entries[i].second;
        return "";
    }
};
