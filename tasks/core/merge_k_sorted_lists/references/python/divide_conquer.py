class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        heads = [h for h in lists if h]
        if not heads:
            return None
        while len(heads) > 1:
            paired = [self._merge(heads[i], heads[i + 1]) for i in range(0, len(heads) - 1, 2)]
            if len(heads) % 2:
                paired.append(heads[-1])
            heads = paired
        return heads[0]

    def _merge(self, a, b):
        dummy = tail = ListNode()
        while a and b:
            if a.val <= b.val:
                tail.next, a = a, a.next
            else:
                tail.next, b = b, b.next
            tail = tail.next
        tail.next = a or b
        return dummy.next
