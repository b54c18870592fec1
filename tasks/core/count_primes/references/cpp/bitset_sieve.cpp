class Solution {
public:
    int countPrimes(int n) {
        if (n < 3) return 0;
        vector<bool> composite(n, false);  // one bit per number
        int count = 0;
        for (long long i = 2; i < n; ++i) {
            if (composite[i]) continue;
            ++count;
            for (long long m = i * i; m < n; m += i) composite[m] = true;
        }
        return count;
    }
};
