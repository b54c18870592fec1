# @param {Integer[][]} intervals
# @return {Integer[][]}
def merge(intervals)
  merged = []
  intervals.sort_by(&:first).each do |s, e|
    last = merged.last
    if last && s <= last[1]
      last[1] = e if e > last[1]
    else
      merged << [s, e]
    end
  end
  merged
end
