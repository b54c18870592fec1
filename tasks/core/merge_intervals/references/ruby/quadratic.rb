# @param {Integer[][]} intervals
# @return {Integer[][]}
def merge(intervals)
  merged = []
  intervals.each do |s, e|
    kept = []
    merged.each do |other|
      if other[1] < s || other[0] > e
        kept << other
      else
        s = other[0] if other[0] < s
        e = other[1] if other[1] > e
      end
    end
    kept << [s, e]
    merged = kept
  end
  merged.sort_by(&:first)
end
