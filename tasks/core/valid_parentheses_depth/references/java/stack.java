class Solution {
    public int maxDepth(String s) {
        char[] stack = new char[s.length()];
        int top = 0, depth = 0;
        for (int i = 0; i < s.length(); ++i) {
            char ch = s.charAt(i);
            if (ch == '(') stack[top++] = ')';
            else if (ch == '[') stack[top++] = ']';
            else if (ch == '{') stack[top++] = '}';
            else {
                if (top == 0 || stack[--top] != ch) return -1;
                continue;
            }
            depth = Math.max(depth, top);
        }
        return top == 0 ? depth : -1;
    }
}
