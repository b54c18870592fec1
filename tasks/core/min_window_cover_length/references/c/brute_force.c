int minWindowLength(char* s, char* t) {
    int need[128] = {0};
    int total = 0;
    for (const char* p = t; *p; ++p, ++total) ++need[(int)*p];
    int n = strlen(s), best = 0;
    for (int i = 0; i < n; ++i) {
        int have[128] = {0};
        int missing = total;
        for (int j = i; j < n; ++j) {
            int ch = s[j];
            if (++have[ch] <= need[ch] && --missing == 0) {
                if (best == 0 || j - i + 1 < best) best = j - i + 1;
                break;
            }
        }
    }
    return best;
}
