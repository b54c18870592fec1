# Per key, [timestamp, value] pairs in set order: get scans back from the newest.
class TimeMap
  def initialize
    @history = Hash.new { |h, k| h[k] = [] }
  end

  def set(key, value, timestamp)
    @history[key] << [timestamp, value]
  end

  def get(key, timestamp)
    entries = @history.fetch(key, [])
    i = entries.size - 1
    while i >= 0
      return entries[i][1] if entries[i][0] <= timestamp

      i -= 1
    end
    ""
  end
end
