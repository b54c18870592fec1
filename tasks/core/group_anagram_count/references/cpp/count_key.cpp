class Solution {
public:
    int groupAnagramCount(vector<string>& strs) {
        unordered_set<string> keys;  // 26 letter counts packed into a string (words are short)
        keys.reserve(strs.size());
        for (const string& word : strs) {
            string counts(26, '\0');
            for (char ch : word) ++counts[ch - 'a'];
            keys.insert(std::move(counts));
        }
        return keys.size();
    }
};
