# @param {String} s
# @param {String} t
# @return {Integer}
def min_window_length(s, t)
  need = Array.new(128, 0)
  t.each_byte { |b| need[b] += 1 }
  codes = s.bytes
  n = codes.length
  best = 0
  i = 0
  while i < n
    have = Array.new(128, 0)
    missing = t.length
    j = i
    while j < n
      ch = codes[j]
      have[ch] += 1
      if have[ch] <= need[ch]
        missing -= 1
        if missing.zero?
          best = j - i + 1 if best.zero? || j - i + 1 < best
          break
        end
      end
      j += 1
    end
    i += 1
  end
  best
end
