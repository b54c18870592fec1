int countPrimes(int n) {
    if (n < 3) return 0;
    char* isPrime = malloc(n);
    memset(isPrime, 1, n);
    isPrime[0] = isPrime[1] = 0;
    for (long long p = 2; p * p < n; ++p)
        if (isPrime[p])
            for (long long m = p * p; m < n; m += p) isPrime[m] = 0;
    int count = 0;
    for (int i = 0; i < n; ++i) count += isPrime[i];
    free(isPrime);
    return count;
}
