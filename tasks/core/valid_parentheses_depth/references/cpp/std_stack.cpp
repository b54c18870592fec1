class Solution {
public:
    int maxDepth(string s) {
        static const unordered_map<char, char> opener = {{')', '('}, {']', '['}, {'}', '{'}};
        stack<char> open;
        int depth = 0;
        for (char ch : s) {
            auto it = opener.find(ch);
            if (it == opener.end()) {
                open.push(ch);
                depth = max(depth, (int)open.size());
            } else {
                if (open.empty() || open.top() != it->second) return -1;
                open.pop();
            }
        }
        return open.empty() ? depth : -1;
    }
};
