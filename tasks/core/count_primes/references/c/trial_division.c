int countPrimes(int n) {
    int* primes = malloc(sizeof(int) * (n > 2 ? n : 1));
    int count = 0;
    for (int candidate = 2; candidate < n; ++candidate) {
        int prime = 1;
        for (int k = 0; k < count; ++k) {
            int p = primes[k];
            if ((long long)p * p > candidate) break;
            if (candidate % p == 0) {
                prime = 0;
                break;
            }
        }
        if (prime) primes[count++] = candidate;
    }
    free(primes);
    return count;
}
