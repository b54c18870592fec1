class Solution {
public:
    int countPrimes(int n) {
        if (n < 3) return 0;
        vector<int> smallestFactor(n, 0), primes;
        for (int i = 2; i < n; ++i) {
            if (smallestFactor[i] == 0) {
                smallestFactor[i] = i;
                primes.push_back(i);
            }
            // cross out p * i exactly once: p is its smallest prime factor
            for (int p : primes) {
                if (p > smallestFactor[i] || (long long)p * i >= n) break;
                smallestFactor[p * i] = p;
            }
        }
        return (int)primes.size();
    }
};
