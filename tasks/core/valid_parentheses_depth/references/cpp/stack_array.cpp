class Solution {
public:
    int maxDepth(string s) {
        // an opener and its closer differ by 1 for () and by 2 for [] and {} in ASCII
        unique_ptr<char[]> stack(new char[s.size() + 1]);
        int top = 0, depth = 0;
        for (char ch : s) {
            if (ch == '(' || ch == '[' || ch == '{') {
                stack[top++] = ch;
                if (top > depth) depth = top;
            } else {
                if (top == 0) return -1;
                char opener = stack[--top];
                if (ch - opener != 1 && ch - opener != 2) return -1;
            }
        }
        return top == 0 ? depth : -1;
    }
};
