class Solution {
    public int countPrimes(int n) {
        int[] primes = new int[Math.max(n, 1)];
        int count = 0;
        for (int candidate = 2; candidate < n; ++candidate) {
            boolean prime = true;
            for (int k = 0; k < count; ++k) {
                int p = primes[k];
                if ((long) p * p > candidate) break;
                if (candidate % p == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) primes[count++] = candidate;
        }
        return count;
    }
}
