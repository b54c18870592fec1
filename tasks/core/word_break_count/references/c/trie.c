int wordBreakCount(char* s, char** wordDict, int wordDictSize) {
    const int mod = 1000000007;
    // Trie in flat arrays: next[node * 26 + letter], 0 meaning no child (the root is never a child).
    int capacity = 1;
    for (int w = 0; w < wordDictSize; w++) capacity += strlen(wordDict[w]);
    int* next = calloc((size_t)capacity * 26, sizeof(int));
    char* ends = calloc(capacity, 1);
    int nodes = 1;
    for (int w = 0; w < wordDictSize; w++) {
        int node = 0;
        for (const char* p = wordDict[w]; *p; p++) {
            int* child = &next[node * 26 + (*p - 'a')];
            if (!*child) *child = nodes++;
            node = *child;
        }
        ends[node] = 1;
    }
    int n = strlen(s);
    int* ways = calloc(n + 1, sizeof(int));
    ways[0] = 1;
    for (int i = 0; i < n; i++) {
        if (!ways[i]) continue;
        // Walk the trie along s from i: every word end reached is one more way to continue.
        for (int j = i, node = 0; j < n; j++) {
            node = next[node * 26 + (s[j] - 'a')];
            if (!node) break;
            if (ends[node]) ways[j + 1] = (ways[j + 1] + ways[i]) % mod;
        }
    }
    int answer = ways[n];
    free(next);
    free(ends);
    free(ways);
    return answer;
}
