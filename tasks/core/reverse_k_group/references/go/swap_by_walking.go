func reverseKGroup(head *ListNode, k int) *ListNode {
	start := head
	for {
		end := start
		for i := 0; i < k-1 && end != nil; i++ {
			end = end.Next
		}
		if end == nil {
			return head // fewer than k nodes left
		}
		following := end.Next
		for i := 0; i < k/2; i++ {
			left := start
			for s := 0; s < i; s++ {
				left = left.Next
			}
			right := start
			for s := 0; s < k-1-i; s++ {
				right = right.Next
			}
			left.Val, right.Val = right.Val, left.Val
		}
		start = following
	}
}
