class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        before = dummy  # the node just before the current group
        while True:
            last = before
            for _ in range(k):
                last = last.next
                if last is None:
                    return dummy.next
            after = last.next
            # reverse the links inside the group, then splice it back in
            previous, node = after, before.next
            first = node
            while node is not after:
                node.next, previous, node = previous, node, node.next
            before.next = last
            before = first
