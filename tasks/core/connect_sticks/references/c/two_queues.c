static int ascending(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    return (x > y) - (x < y);
}

long long connectSticks(int* sticks, int sticksSize) {
    // Joined sticks come out in non-decreasing order, so a FIFO keeps them sorted and the two shortest
    // sticks are always at the heads of the sorted input and of the joined queue.
    int* original = malloc(sticksSize * sizeof(int));
    memcpy(original, sticks, sticksSize * sizeof(int));
    qsort(original, sticksSize, sizeof(int), ascending);
    long long* joined = malloc(sticksSize * sizeof(long long));
    int i = 0, head = 0, tail = 0;
    long long total = 0;
    for (int k = 1; k < sticksSize; k++) {
        long long length = 0;
        for (int take = 0; take < 2; take++) {
            if (head == tail || (i < sticksSize && original[i] <= joined[head])) length += original[i++];
            else length += joined[head++];
        }
        joined[tail++] = length;
        total += length;
    }
    free(original);
    free(joined);
    return total;
}
