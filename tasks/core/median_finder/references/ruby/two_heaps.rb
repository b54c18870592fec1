# A max-heap of the smaller half (values negated in a min-heap) and a min-heap of the larger half.
class MinHeap
  def initialize
    @a = []
  end

  def size = @a.size

  def top = @a[0]

  def push(x)
    a = @a
    a << x
    i = a.size - 1
    while i.positive?
      p = (i - 1) >> 1
      break if a[p] <= a[i]

      a[p], a[i] = a[i], a[p]
      i = p
    end
  end

  def pop
    a = @a
    top = a[0]
    last = a.pop
    unless a.empty?
      a[0] = last
      i = 0
      n = a.size
      loop do
        l = 2 * i + 1
        r = l + 1
        m = i
        m = l if l < n && a[l] < a[m]
        m = r if r < n && a[r] < a[m]
        break if m == i

        a[m], a[i] = a[i], a[m]
        i = m
      end
    end
    top
  end
end

class MedianFinder
  def initialize
    @low = MinHeap.new
    @high = MinHeap.new
  end

  def add_num(num)
    @low.push(-num)
    @high.push(-@low.pop)
    @low.push(-@high.pop) if @high.size > @low.size
  end

  def find_median
    return (-@low.top).to_f if @low.size > @high.size

    (-@low.top + @high.top) / 2.0
  end
end
