bool canFinish(int numCourses, int** prerequisites, int prerequisitesSize, int* prerequisitesColSize) {
    (void)prerequisitesColSize;
    int size = prerequisitesSize;
    int* course = malloc(sizeof(int) * (size > 0 ? size : 1));
    int* before = malloc(sizeof(int) * (size > 0 ? size : 1));
    for (int k = 0; k < size; ++k) {
        course[k] = prerequisites[k][0];
        before[k] = prerequisites[k][1];
    }
    char* blocked = malloc(numCourses > 0 ? numCourses : 1);
    bool possible = true;
    while (size > 0) {
        /* Courses still needing something cannot be taken this round; everything else can. */
        memset(blocked, 0, numCourses > 0 ? numCourses : 1);
        for (int k = 0; k < size; ++k) blocked[course[k]] = 1;
        int kept = 0;
        for (int k = 0; k < size; ++k) {
            if (blocked[before[k]]) {
                course[kept] = course[k];
                before[kept] = before[k];
                ++kept;
            }
        }
        if (kept == size) {
            possible = false; /* nothing could be taken: every remaining course is on or behind a cycle */
            break;
        }
        size = kept;
    }
    free(course);
    free(before);
    free(blocked);
    return possible;
}
