int lengthOfLongestSubstring(char* s) {
    // From every start, extend until a character repeats.
    int n = strlen(s);
    int best = 0;
    for (int i = 0; i < n; i++) {
        bool seen[256] = {false};
        int j = i;
        while (j < n && !seen[(unsigned char)s[j]]) {
            seen[(unsigned char)s[j]] = true;
            j++;
        }
        if (j - i > best) best = j - i;
    }
    return best;
}
