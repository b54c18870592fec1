func countPrimes(n int) int {
	primes := []int{}
	for candidate := 2; candidate < n; candidate++ {
		prime := true
		for _, p := range primes {
			if p*p > candidate {
				break
			}
			if candidate%p == 0 {
				prime = false
				break
			}
		}
		if prime {
			primes = append(primes, candidate)
		}
	}
	return len(primes)
}
