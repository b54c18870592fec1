class Solution {
    public int countPrimes(int n) {
        if (n < 3) return 0;
        boolean[] composite = new boolean[n];
        int count = 0;
        for (int i = 2; i < n; ++i) {
            if (composite[i]) continue;
            ++count;
            for (long m = (long) i * i; m < n; m += i) composite[(int) m] = true;
        }
        return count;
    }
}
