class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode(0, list1)
        while list2:
            node, list2 = list2, list2.next
            # Scan from the head for the last node not greater than the new one, every time.
            place = dummy
            while place.next and place.next.val <= node.val:
                place = place.next
            node.next = place.next
            place.next = node
        return dummy.next
