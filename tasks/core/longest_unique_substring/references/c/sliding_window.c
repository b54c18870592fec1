int lengthOfLongestSubstring(char* s) {
    // The window [left, right] holds no repeat; a repeat moves left past the earlier copy.
    bool inside[256] = {false};
    int best = 0, left = 0;
    for (int right = 0; s[right] != '\0'; right++) {
        unsigned char c = (unsigned char)s[right];
        while (inside[c]) inside[(unsigned char)s[left++]] = false;
        inside[c] = true;
        if (right - left + 1 > best) best = right - left + 1;
    }
    return best;
}
