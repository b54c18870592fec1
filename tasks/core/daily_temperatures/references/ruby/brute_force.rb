# @param {Integer[]} temperatures
# @return {Integer[]}
def daily_temperatures(temperatures)
  n = temperatures.length
  answer = Array.new(n, 0)
  i = 0
  while i < n
    today = temperatures[i]
    j = i + 1
    while j < n
      if temperatures[j] > today
        answer[i] = j - i
        break
      end
      j += 1
    end
    i += 1
  end
  answer
end
