# @param {Integer[]} temperatures
# @return {Integer[]}
def daily_temperatures(temperatures)
  answer = Array.new(temperatures.length, 0)
  stack = [] # days still waiting for a warmer one
  temperatures.each_with_index do |today, i|
    while !stack.empty? && temperatures[stack[-1]] < today
      day = stack.pop
      answer[day] = i - day
    end
    stack << i
  end
  answer
end
