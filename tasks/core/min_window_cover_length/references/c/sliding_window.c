int minWindowLength(char* s, char* t) {
    int balance[128] = {0}; /* needed minus held, per letter code */
    int missing = 0;
    for (const char* p = t; *p; ++p, ++missing) ++balance[(int)*p];
    int n = strlen(s), best = 0, left = 0;
    for (int right = 0; right < n; ++right) {
        if (balance[(int)s[right]]-- > 0) --missing;
        while (missing == 0) {
            if (best == 0 || right - left + 1 < best) best = right - left + 1;
            if (++balance[(int)s[left++]] > 0) ++missing;
        }
    }
    return best;
}
