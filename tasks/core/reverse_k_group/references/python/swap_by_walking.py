class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        start = head
        while True:
            end = start
            for _ in range(k - 1):
                if end is None:
                    break
                end = end.next
            if end is None:
                return head  # fewer than k nodes left
            following = end.next
            for i in range(k // 2):
                # walk from the group start to both positions of the pair
                left = start
                for _ in range(i):
                    left = left.next
                right = start
                for _ in range(k - 1 - i):
                    right = right.next
                left.val, right.val = right.val, left.val
            start = following
