// minHeap implements heap.Interface over stick lengths.
type minHeap []int

func (h minHeap) Len() int            { return len(h) }
func (h minHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *minHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func connectSticks(sticks []int) int64 {
	h := minHeap(append([]int(nil), sticks...))
	heap.Init(&h)
	var total int64
	for h.Len() > 1 {
		// Join the shortest stick onto the second shortest, which then sits at the root: fix it in place.
		h[0] += heap.Pop(&h).(int)
		total += int64(h[0])
		heap.Fix(&h, 0)
	}
	return total
}
