from heapq import merge


class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        def values(node: Optional[ListNode]):
            while node:
                yield node.val
                node = node.next

        dummy = tail = ListNode()
        for value in merge(values(list1), values(list2)):
            tail.next = tail = ListNode(value)
        return dummy.next
