class Solution {
public:
    int groupAnagramCount(vector<string>& strs) {
        unordered_set<string> keys;
        keys.reserve(strs.size());
        for (const string& word : strs) {
            string key = word;
            sort(key.begin(), key.end());
            keys.insert(std::move(key));
        }
        return keys.size();
    }
};
