func findKthLargest(nums []int, k int) int {
	a := append([]int(nil), nums...)
	n := len(a)
	if k <= n-k+1 {
		for i := 0; i < k; i++ {
			best := i
			for j := i + 1; j < n; j++ {
				if a[j] > a[best] {
					best = j
				}
			}
			a[i], a[best] = a[best], a[i]
		}
		return a[k-1]
	}
	m := n - k + 1 // the answer is the m-th smallest
	for i := 0; i < m; i++ {
		best := i
		for j := i + 1; j < n; j++ {
			if a[j] < a[best] {
				best = j
			}
		}
		a[i], a[best] = a[best], a[i]
	}
	return a[m-1]
}
