// The numbers in arrival order; every query sorts a copy.
type MedianFinder struct {
	nums []int
}

func Constructor() MedianFinder {
	return MedianFinder{}
}

func (this *MedianFinder) AddNum(num int) {
	this.nums = append(this.nums, num)
}

func (this *MedianFinder) FindMedian() float64 {
	ordered := append([]int(nil), this.nums...)
	sort.Ints(ordered)
	n := len(ordered)
	if n%2 == 1 {
		return float64(ordered[n/2])
	}
	return float64(ordered[n/2-1]+ordered[n/2]) / 2.0
}
