func reverseKGroup(head *ListNode, k int) *ListNode {
	dummy := &ListNode{Next: head}
	before := dummy // the node just before the current group
	for {
		last := before
		for i := 0; i < k; i++ {
			last = last.Next
			if last == nil {
				return dummy.Next
			}
		}
		after, first := last.Next, before.Next
		previous := after
		for node := first; node != after; {
			next := node.Next
			node.Next = previous
			previous, node = node, next
		}
		before.Next = last
		before = first
	}
}
