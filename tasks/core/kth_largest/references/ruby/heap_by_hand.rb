# @param {Integer[]} nums
# @param {Integer} k
# @return {Integer}
def find_kth_largest(nums, k)
  # A min-heap of the k largest values seen, sifted by hand.
  heap = []
  nums.each do |x|
    if heap.size < k
      heap << x
      i = heap.size - 1
      while i > 0
        parent = (i - 1) / 2
        break if heap[parent] <= heap[i]

        heap[parent], heap[i] = heap[i], heap[parent]
        i = parent
      end
    elsif x > heap[0]
      heap[0] = x
      i = 0
      size = heap.size
      loop do
        left = 2 * i + 1
        break if left >= size

        child = left
        child = left + 1 if left + 1 < size && heap[left + 1] < heap[left]
        break if heap[i] <= heap[child]

        heap[i], heap[child] = heap[child], heap[i]
        i = child
      end
    end
  end
  heap[0]
end
