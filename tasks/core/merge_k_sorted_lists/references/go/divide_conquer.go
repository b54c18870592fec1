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

// Merge lists in pairs, round after round: log k rounds of O(N) each.
func mergeKLists(lists []*ListNode) *ListNode {
	if len(lists) == 0 {
		return nil
	}
	heads := append([]*ListNode(nil), lists...)
	for step := 1; step < len(heads); step *= 2 {
		for i := 0; i+step < len(heads); i += 2 * step {
			heads[i] = merge(heads[i], heads[i+step])
		}
	}
	return heads[0]
}
