class Solution {
    const string* text = nullptr;

    static char closerOf(char ch) {
        return ch == '(' ? ')' : ch == '[' ? ']' : ch == '{' ? '}' : 0;
    }

    // Parses balanced groups from i; returns the index after them, or -1 on a mismatch.
    int group(int i, int& depth) {
        const string& s = *text;
        depth = 0;
        while (i < (int)s.size() && closerOf(s[i])) {
            char expected = closerOf(s[i]);
            int inner = 0;
            int j = group(i + 1, inner);
            if (j < 0 || j >= (int)s.size() || s[j] != expected) return -1;
            depth = max(depth, inner + 1);
            i = j + 1;
        }
        return i;
    }

public:
    int maxDepth(string s) {
        text = &s;
        int depth = 0;
        int end = group(0, depth);
        return end == (int)s.size() ? depth : -1;
    }
};
