# Per key, timestamps and values in set order (increasing): get is a binary search.
class TimeMap
  def initialize
    @times = Hash.new { |h, k| h[k] = [] }
    @values = Hash.new { |h, k| h[k] = [] }
  end

  def set(key, value, timestamp)
    @times[key] << timestamp
    @values[key] << value
  end

  def get(key, timestamp)
    return "" unless @times.key?(key)

    i = @times[key].bsearch_index { |t| t > timestamp } || @times[key].size
    i.zero? ? "" : @values[key][i - 1]
  end
end
