func mergeTwoLists(list1 *ListNode, list2 *ListNode) *ListNode {
	dummy := &ListNode{}
	tail := dummy
	for list1 != nil && list2 != nil {
		if list2.Val < list1.Val {
			tail.Next, list2 = list2, list2.Next
		} else {
			tail.Next, list1 = list1, list1.Next
		}
		tail = tail.Next
	}
	if list1 != nil { // the rest of whichever list is left, already sorted
		tail.Next = list1
	} else {
		tail.Next = list2
	}
	return dummy.Next
}
