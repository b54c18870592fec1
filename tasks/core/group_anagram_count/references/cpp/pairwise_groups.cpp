class Solution {
public:
    int groupAnagramCount(vector<string>& strs) {
        vector<array<int, 26>> representatives;  // letter counts of one word per group found so far
        for (const string& word : strs) {
            array<int, 26> counts{};
            for (char ch : word) ++counts[ch - 'a'];
            bool found = false;
            for (const auto& known : representatives) {
                if (known == counts) {
                    found = true;
                    break;
                }
            }
            if (!found) representatives.push_back(counts);
        }
        return representatives.size();
    }
};
