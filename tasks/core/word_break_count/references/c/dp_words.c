int wordBreakCount(char* s, char** wordDict, int wordDictSize) {
    const int mod = 1000000007;
    int n = strlen(s);
    int* lengths = malloc(wordDictSize * sizeof(int));
    for (int w = 0; w < wordDictSize; w++) lengths[w] = strlen(wordDict[w]);
    int* ways = calloc(n + 1, sizeof(int));  // ways[i]: segmentations of s[:i]
    ways[0] = 1;
    for (int i = 0; i < n; i++) {
        if (!ways[i]) continue;
        for (int w = 0; w < wordDictSize; w++) {
            int end = i + lengths[w];
            if (end <= n && strncmp(s + i, wordDict[w], lengths[w]) == 0)
                ways[end] = (ways[end] + ways[i]) % mod;
        }
    }
    int answer = ways[n];
    free(lengths);
    free(ways);
    return answer;
}
