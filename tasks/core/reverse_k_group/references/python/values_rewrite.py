class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        values = []
        node = head
        while node:
            values.append(node.val)
            node = node.next
        full = len(values) - len(values) % k
        for start in range(0, full, k):
            values[start:start + k] = values[start:start + k][::-1]
        node = head
        for v in values:
            node.val = v
            node = node.next
        return head
