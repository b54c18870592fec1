func merge(a, b *ListNode) *ListNode {
	dummy := &ListNode{}
	tail := dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}

// Merge each list into the running result in turn: O(k * N) for N nodes in k lists.
func mergeKLists(lists []*ListNode) *ListNode {
	var merged *ListNode
	for _, head := range lists {
		merged = merge(merged, head)
	}
	return merged
}
