class Solution {
public:
    int groupAnagramCount(vector<string>& strs) {
        map<string, int> groups;  // sorted letters -> group size
        for (const string& word : strs) {
            string key = word;
            sort(key.begin(), key.end());
            ++groups[key];
        }
        return groups.size();
    }
};
