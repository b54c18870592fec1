/* Myers (1999) with blocks of 64 rows: each column of the DP table (word1 down the side) is kept as
   vertical +1/-1 bit vectors, and a horizontal difference carries from block to block. */
int minDistance(char* word1, char* word2) {
    int m = (int)strlen(word1), n = (int)strlen(word2);
    if (m == 0) return n;
    int blocks = (m + 63) / 64;
    uint64_t* match = calloc((size_t)26 * blocks, sizeof(uint64_t));
    uint64_t* plus = malloc(sizeof(uint64_t) * blocks);
    uint64_t* minus = calloc(blocks, sizeof(uint64_t));
    for (int i = 0; i < m; ++i) match[(word1[i] - 'a') * blocks + i / 64] |= 1ULL << (i % 64);
    for (int b = 0; b < blocks; ++b) plus[b] = ~0ULL;
    const uint64_t last = 1ULL << ((m - 1) % 64);
    int score = m;
    for (int j = 0; j < n; ++j) {
        const uint64_t* eqs = &match[(word2[j] - 'a') * blocks];
        int carry = 1; /* the first row grows by one per column */
        for (int b = 0; b < blocks; ++b) {
            uint64_t eq = eqs[b], pv = plus[b], mv = minus[b];
            uint64_t xv = eq | mv;
            if (carry < 0) eq |= 1;
            uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
            uint64_t ph = mv | ~(xh | pv);
            uint64_t mh = pv & xh;
            uint64_t high = b == blocks - 1 ? last : 1ULL << 63;
            int out = (ph & high) ? 1 : (mh & high) ? -1 : 0;
            ph <<= 1;
            mh <<= 1;
            if (carry < 0) mh |= 1;
            else if (carry > 0) ph |= 1;
            plus[b] = mh | ~(xv | ph);
            minus[b] = ph & xv;
            carry = out;
        }
        score += carry;
    }
    free(match);
    free(plus);
    free(minus);
    return score;
}
