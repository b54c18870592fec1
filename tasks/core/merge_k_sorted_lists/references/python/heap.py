import heapq


class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        # The list index breaks ties so nodes themselves are never compared.
        heap = [(head.val, i, head) for i, head in enumerate(lists) if head]
        heapq.heapify(heap)
        dummy = tail = ListNode()
        while heap:
            _, i, node = heap[0]
            if node.next:
                heapq.heapreplace(heap, (node.next.val, i, node.next))
            else:
                heapq.heappop(heap)
            tail.next = node
            tail = node
        tail.next = None
        return dummy.next
