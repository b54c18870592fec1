# The numbers in arrival order; every query sorts a copy.
class MedianFinder
  def initialize
    @nums = []
  end

  def add_num(num)
    @nums << num
  end

  def find_median
    ordered = @nums.sort
    n = ordered.size
    return ordered[n / 2].to_f if n.odd?

    (ordered[n / 2 - 1] + ordered[n / 2]) / 2.0
  end
end
