class Solution {
public:
    int countPrimes(int n) {
        if (n < 3) return 0;
        vector<char> isPrime(n, 1);
        isPrime[0] = isPrime[1] = 0;
        for (long long p = 2; p * p < n; ++p)
            if (isPrime[p])
                for (long long m = p * p; m < n; m += p) isPrime[m] = 0;
        return (int)count(isPrime.begin(), isPrime.end(), 1);
    }
};
