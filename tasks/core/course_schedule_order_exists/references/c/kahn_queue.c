bool canFinish(int numCourses, int** prerequisites, int prerequisitesSize, int* prerequisitesColSize) {
    (void)prerequisitesColSize;
    int n = numCourses > 0 ? numCourses : 1;
    /* adjacency in compressed rows: the courses course c unlocks are next[start[c] .. start[c + 1]) */
    int* start = calloc(n + 1, sizeof(int));
    int* missing = calloc(n, sizeof(int));
    int* next = malloc(sizeof(int) * (prerequisitesSize > 0 ? prerequisitesSize : 1));
    for (int k = 0; k < prerequisitesSize; ++k) {
        ++start[prerequisites[k][1] + 1];
        ++missing[prerequisites[k][0]];
    }
    for (int c = 0; c < numCourses; ++c) start[c + 1] += start[c];
    int* fill = malloc(sizeof(int) * n);
    memcpy(fill, start, sizeof(int) * n);
    for (int k = 0; k < prerequisitesSize; ++k) next[fill[prerequisites[k][1]]++] = prerequisites[k][0];
    int* queue = malloc(sizeof(int) * n);
    int head = 0, tail = 0;
    for (int c = 0; c < numCourses; ++c)
        if (missing[c] == 0) queue[tail++] = c;
    while (head < tail) {
        int course = queue[head++];
        for (int k = start[course]; k < start[course + 1]; ++k)
            if (--missing[next[k]] == 0) queue[tail++] = next[k];
    }
    free(start);
    free(missing);
    free(next);
    free(fill);
    free(queue);
    return tail == numCourses; /* courses on or behind a cycle never become ready */
}
