class Solution {
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        int size = prerequisites.length;
        int[] course = new int[size], before = new int[size];
        for (int k = 0; k < size; k++) {
            course[k] = prerequisites[k][0];
            before[k] = prerequisites[k][1];
        }
        boolean[] blocked = new boolean[numCourses];
        while (size > 0) {
            // Courses still needing something cannot be taken this round; everything else can.
            Arrays.fill(blocked, false);
            for (int k = 0; k < size; k++) blocked[course[k]] = true;
            int kept = 0;
            for (int k = 0; k < size; k++) {
                if (blocked[before[k]]) {
                    course[kept] = course[k];
                    before[kept] = before[k];
                    kept++;
                }
            }
            if (kept == size) return false; // nothing could be taken: a cycle
            size = kept;
        }
        return true;
    }
}
