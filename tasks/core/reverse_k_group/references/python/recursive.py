class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        node = head
        for _ in range(k):
            if node is None:
                return head  # fewer than k nodes left
            node = node.next
        rest = self.reverseKGroup(node, k)
        previous, current = rest, head
        for _ in range(k):
            current.next, previous, current = previous, current, current.next
        return previous
