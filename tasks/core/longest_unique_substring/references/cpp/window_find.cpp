class Solution {
public:
    int lengthOfLongestSubstring(string s) {
        // The window s[start, i) has no repeats; memchr looks for s[i] inside it (O(window) each).
        int best = 0, start = 0, n = s.size();
        const char* data = s.data();
        for (int i = 0; i < n; ++i) {
            const void* hit = memchr(data + start, data[i], i - start);
            if (hit) start = (const char*)hit - data + 1;
            best = max(best, i - start + 1);
        }
        return best;
    }
};
