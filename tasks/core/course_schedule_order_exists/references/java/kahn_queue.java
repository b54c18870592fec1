class Solution {
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        List<List<Integer>> unlocks = new ArrayList<>();
        for (int c = 0; c < numCourses; c++) unlocks.add(new ArrayList<>());
        int[] missing = new int[numCourses]; // prerequisites not yet taken, per course
        for (int[] pair : prerequisites) {
            unlocks.get(pair[1]).add(pair[0]);
            missing[pair[0]]++;
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int c = 0; c < numCourses; c++) if (missing[c] == 0) ready.add(c);
        int taken = 0;
        while (!ready.isEmpty()) {
            int course = ready.poll();
            taken++;
            for (int after : unlocks.get(course)) {
                if (--missing[after] == 0) ready.add(after);
            }
        }
        return taken == numCourses; // courses on or behind a cycle never become ready
    }
}
