from heapq import merge
from operator import attrgetter


class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        # The standard library's k-way merge (a heap of iterators, in C) over the nodes, relinked.
        def walk(node):
            while node:
                following = node.next  # read before the node is relinked
                yield node
                node = following

        dummy = tail = ListNode()
        for node in merge(*map(walk, lists), key=attrgetter("val")):
            tail.next = node
            tail = node
        tail.next = None
        return dummy.next
