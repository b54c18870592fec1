# @param {Integer} n
# @return {Integer}
def count_primes(n)
  return 0 if n < 3
  composite = Array.new(n, false)
  count = 0
  i = 2
  while i < n
    unless composite[i]
      count += 1
      m = i * i
      while m < n
        composite[m] = true
        m += i
      end
    end
    i += 1
  end
  count
end
