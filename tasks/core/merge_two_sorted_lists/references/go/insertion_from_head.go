func mergeTwoLists(list1 *ListNode, list2 *ListNode) *ListNode {
	dummy := &ListNode{Next: list1}
	for list2 != nil {
		node := list2
		list2 = list2.Next
		// Scan from the head for the last node not greater than the new one, every time.
		place := dummy
		for place.Next != nil && place.Next.Val <= node.Val {
			place = place.Next
		}
		node.Next = place.Next
		place.Next = node
	}
	return dummy.Next
}
