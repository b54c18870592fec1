class Solution {
public:
    // Myers (1999) with blocks of 64 rows: each column of the DP table (word1 down the side) is
    // kept as vertical +1/-1 bit vectors, and a horizontal difference carries from block to block.
    int minDistance(string word1, string word2) {
        int m = word1.size();
        if (m == 0) return word2.size();
        int blocks = (m + 63) / 64;
        vector<uint64_t> match(26 * blocks, 0);
        for (int i = 0; i < m; ++i) match[(word1[i] - 'a') * blocks + i / 64] |= 1ULL << (i % 64);
        vector<uint64_t> plus(blocks, ~0ULL), minus(blocks, 0);
        const uint64_t last = 1ULL << ((m - 1) % 64);
        int score = m;
        for (char ch : word2) {
            const uint64_t* eqs = &match[(ch - 'a') * blocks];
            int carry = 1;  // the first row grows by one per column
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
        return score;
    }
};
