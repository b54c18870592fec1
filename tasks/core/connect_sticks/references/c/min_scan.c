// Index of the shortest of the first n sticks.
static int shortest(long long* pile, int n) {
    int best = 0;
    for (int k = 1; k < n; k++) {
        if (pile[k] < pile[best]) best = k;
    }
    return best;
}

long long connectSticks(int* sticks, int sticksSize) {
    // Each join scans the remaining sticks for the two shortest; the last stick fills the hole left behind.
    long long* pile = malloc(sticksSize * sizeof(long long));
    for (int k = 0; k < sticksSize; k++) pile[k] = sticks[k];
    int n = sticksSize;
    long long total = 0;
    while (n > 1) {
        int a = shortest(pile, n);
        long long first = pile[a];
        pile[a] = pile[--n];
        int b = shortest(pile, n);
        long long joined = first + pile[b];
        pile[b] = joined;
        total += joined;
    }
    free(pile);
    return total;
}
