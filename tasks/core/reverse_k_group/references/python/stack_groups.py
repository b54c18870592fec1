class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(0)
        tail = dummy
        node = head
        while node:
            group = []
            while node and len(group) < k:
                group.append(node)
                node = node.next
            if len(group) < k:
                tail.next = group[0]  # short last group keeps its order
                return dummy.next
            while group:
                tail.next = group.pop()
                tail = tail.next
            tail.next = None
        return dummy.next
