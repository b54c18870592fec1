class Solution {
public:
    int groupAnagramCount(vector<string>& strs) {
        vector<string> keys(strs);
        for (string& key : keys) sort(key.begin(), key.end());
        sort(keys.begin(), keys.end());
        return unique(keys.begin(), keys.end()) - keys.begin();
    }
};
