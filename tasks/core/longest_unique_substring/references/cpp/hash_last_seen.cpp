class Solution {
public:
    int lengthOfLongestSubstring(string s) {
        // last_seen with a hash map instead of a 256-entry array.
        unordered_map<char, int> last;
        int best = 0, start = 0;
        for (int i = 0; i < (int)s.size(); ++i) {
            auto it = last.find(s[i]);
            if (it != last.end() && it->second >= start) start = it->second + 1;
            last[s[i]] = i;
            best = max(best, i - start + 1);
        }
        return best;
    }
};
