class Solution {
public:
    int maxDepth(string s) {
        string rest = s;
        while (true) {
            // one pass deletes every adjacent matching pair of the current string
            string shorter;
            shorter.reserve(rest.size());
            for (size_t i = 0; i < rest.size(); ++i) {
                if (i + 1 < rest.size()) {
                    char a = rest[i], b = rest[i + 1];
                    if ((a == '(' && b == ')') || (a == '[' && b == ']') || (a == '{' && b == '}')) {
                        ++i;
                        continue;
                    }
                }
                shorter.push_back(rest[i]);
            }
            if (shorter.size() == rest.size()) break;
            rest.swap(shorter);
        }
        if (!rest.empty()) return -1;
        int depth = 0, level = 0;
        for (char ch : s) {
            level += (ch == '(' || ch == '[' || ch == '{') ? 1 : -1;
            depth = max(depth, level);
        }
        return depth;
    }
};
