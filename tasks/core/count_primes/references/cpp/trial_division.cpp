class Solution {
public:
    int countPrimes(int n) {
        vector<int> primes;
        for (int candidate = 2; candidate < n; ++candidate) {
            bool prime = true;
            for (int p : primes) {
                if ((long long)p * p > candidate) break;
                if (candidate % p == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) primes.push_back(candidate);
        }
        return (int)primes.size();
    }
};
