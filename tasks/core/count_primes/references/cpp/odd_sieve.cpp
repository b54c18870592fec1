class Solution {
public:
    int countPrimes(int n) {
        if (n < 3) return 0;
        // odd[i] stands for 2 * i + 1
        int size = n / 2;
        vector<char> odd(size, 1);
        odd[0] = 0;
        for (long long i = 1; (2 * i + 1) * (2 * i + 1) < n; ++i) {
            if (!odd[i]) continue;
            long long p = 2 * i + 1;
            for (long long j = p * p / 2; j < size; j += p) odd[j] = 0;
        }
        return 1 + (int)count(odd.begin(), odd.end(), 1);
    }
};
