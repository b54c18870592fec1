static void sift_down(long long* heap, int size, int i) {
    for (;;) {
        int child = 2 * i + 1;
        if (child >= size) return;
        if (child + 1 < size && heap[child + 1] < heap[child]) child++;
        if (heap[i] <= heap[child]) return;
        long long tmp = heap[i];
        heap[i] = heap[child];
        heap[child] = tmp;
        i = child;
    }
}

static long long pop_min(long long* heap, int* size) {
    long long top = heap[0];
    heap[0] = heap[--*size];
    sift_down(heap, *size, 0);
    return top;
}

long long connectSticks(int* sticks, int sticksSize) {
    // A binary min-heap: join the two shortest sticks and put the result back.
    long long* heap = malloc(sticksSize * sizeof(long long));
    for (int k = 0; k < sticksSize; k++) heap[k] = sticks[k];
    int size = sticksSize;
    for (int i = size / 2 - 1; i >= 0; i--) sift_down(heap, size, i);
    long long total = 0;
    while (size > 1) {
        long long joined = pop_min(heap, &size);
        joined += heap[0];
        heap[0] = joined;  // replace the second shortest in place instead of pop then push
        sift_down(heap, size, 0);
        total += joined;
    }
    free(heap);
    return total;
}
