// best[i]: longest increasing subsequence ending at i, from every earlier position. O(n^2).
func lengthOfLIS(nums []int) int {
	best := make([]int, len(nums))
	answer := 0
	for i, x := range nums {
		best[i] = 1
		for j := 0; j < i; j++ {
			if nums[j] < x && best[j]+1 > best[i] {
				best[i] = best[j] + 1
			}
		}
		if best[i] > answer {
			answer = best[i]
		}
	}
	return answer
}
