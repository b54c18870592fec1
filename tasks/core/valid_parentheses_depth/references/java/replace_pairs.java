class Solution {
    public int maxDepth(String s) {
        String rest = s;
        while (true) {
            String shorter = rest.replace("()", "").replace("[]", "").replace("{}", "");
            if (shorter.length() == rest.length()) break;
            rest = shorter;
        }
        if (!rest.isEmpty()) return -1;
        int depth = 0, level = 0;
        for (int i = 0; i < s.length(); ++i) {
            char ch = s.charAt(i);
            level += (ch == '(' || ch == '[' || ch == '{') ? 1 : -1;
            depth = Math.max(depth, level);
        }
        return depth;
    }
}
