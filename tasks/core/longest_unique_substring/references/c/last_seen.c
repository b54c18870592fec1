int lengthOfLongestSubstring(char* s) {
    // last[c] is one past the last position of character c, so the window start jumps straight there.
    int last[256] = {0};
    int best = 0, start = 0;
    for (int i = 0; s[i] != '\0'; i++) {
        unsigned char c = (unsigned char)s[i];
        if (last[c] > start) start = last[c];
        last[c] = i + 1;
        if (i + 1 - start > best) best = i + 1 - start;
    }
    return best;
}
