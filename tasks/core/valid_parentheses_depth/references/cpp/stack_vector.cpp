class Solution {
public:
    int maxDepth(string s) {
        vector<char> expected;
        int depth = 0;
        for (char ch : s) {
            if (ch == '(') expected.push_back(')');
            else if (ch == '[') expected.push_back(']');
            else if (ch == '{') expected.push_back('}');
            else {
                if (expected.empty() || expected.back() != ch) return -1;
                expected.pop_back();
                continue;
            }
            depth = max(depth, (int)expected.size());
        }
        return expected.empty() ? depth : -1;
    }
};
