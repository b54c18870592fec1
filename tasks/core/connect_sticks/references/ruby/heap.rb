# @param {Integer[]} sticks
# @return {Integer}
def connect_sticks(sticks)
  # A binary min-heap in an array: join the two shortest sticks and put the result back at the root.
  heap = sticks.sort # a sorted array is already a valid min-heap
  total = 0
  while heap.size > 1
    joined = pop_min(heap) + heap[0]
    heap[0] = joined # replaces the second shortest; then restore the heap order
    sift_down(heap, 0)
    total += joined
  end
  total
end

def pop_min(heap)
  top = heap[0]
  last = heap.pop
  unless heap.empty?
    heap[0] = last
    sift_down(heap, 0)
  end
  top
end

def sift_down(heap, i)
  n = heap.size
  loop do
    child = 2 * i + 1
    break if child >= n

    child += 1 if child + 1 < n && heap[child + 1] < heap[child]
    break if heap[i] <= heap[child]

    heap[i], heap[child] = heap[child], heap[i]
    i = child
  end
end
