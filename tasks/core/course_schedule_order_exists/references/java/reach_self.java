class Solution {
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        List<List<Integer>> unlocks = new ArrayList<>();
        for (int c = 0; c < numCourses; c++) unlocks.add(new ArrayList<>());
        for (int[] pair : prerequisites) unlocks.get(pair[1]).add(pair[0]);
        // A fresh depth-first search from every course: an order exists iff no course leads back to itself.
        boolean[] seen = new boolean[numCourses];
        int[] stack = new int[numCourses];
        for (int start = 0; start < numCourses; start++) {
            Arrays.fill(seen, false);
            int top = 0;
            stack[top++] = start;
            while (top > 0) {
                int course = stack[--top];
                for (int after : unlocks.get(course)) {
                    if (after == start) return false;
                    if (!seen[after]) {
                        seen[after] = true;
                        stack[top++] = after;
                    }
                }
            }
        }
        return true;
    }
}
