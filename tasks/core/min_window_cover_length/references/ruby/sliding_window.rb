# @param {String} s
# @param {String} t
# @return {Integer}
def min_window_length(s, t)
  balance = Array.new(128, 0) # needed minus held, per letter code
  t.each_byte { |b| balance[b] += 1 }
  codes = s.bytes
  missing = t.length
  best = 0
  left = 0
  codes.each_with_index do |ch, right|
    missing -= 1 if balance[ch] > 0
    balance[ch] -= 1
    while missing.zero?
      best = right - left + 1 if best.zero? || right - left + 1 < best
      out = codes[left]
      balance[out] += 1
      missing += 1 if balance[out] > 0
      left += 1
    end
  end
  best
end
