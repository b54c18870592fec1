# @param {Integer} n
# @return {Integer}
def count_primes(n)
  primes = []
  candidate = 2
  while candidate < n
    prime = true
    k = 0
    while k < primes.size
      p = primes[k]
      break if p * p > candidate
      if (candidate % p).zero?
        prime = false
        break
      end
      k += 1
    end
    primes << candidate if prime
    candidate += 1
  end
  primes.size
end
