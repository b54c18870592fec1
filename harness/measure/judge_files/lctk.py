"""LeetCode's list and tree helpers under the names the `lctk` package gives them.

Mercury's `convert_offline` and `evaluate_offline` call these to turn LeetCode arrays into nodes and
back; effx ships this module into the sandbox beside a Mercury row's checker. Nodes take LeetCode's
constructor arguments (`ListNode(val=0, next=None)`, `TreeNode(val=0, left=None, right=None)`).
"""

from collections import deque

__all__ = ["ListNode", "TreeNode", "binaryTree", "binaryTree2Arr", "linkedList", "linkedList2Arr"]


class ListNode:
    def __init__(self, val=0, next=None):  # noqa: A002 - LeetCode's own parameter name
        self.val = val
        self.next = next

    def __repr__(self):
        return f"ListNode({linkedList2Arr(self)})"


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return f"TreeNode({binaryTree2Arr(self)})"


def linkedList(arr, cyclePos=-1):  # noqa: N802, N803 - lctk's names
    """The list holding `arr`'s values; with `cyclePos` >= 0 its tail links back to that position."""
    nodes = [ListNode(value) for value in arr or []]
    for index in range(len(nodes) - 1):
        nodes[index].next = nodes[index + 1]
    if nodes and 0 <= cyclePos < len(nodes):
        nodes[-1].next = nodes[cyclePos]
    return nodes[0] if nodes else None


def linkedList2Arr(head):  # noqa: N802
    """The values of a list in order, each node once (a cycle ends the walk where it closes)."""
    values, seen = [], set()
    while head is not None and id(head) not in seen:
        seen.add(id(head))
        values.append(head.val)
        head = head.next
    return values


def binaryTree(arr):  # noqa: N802
    """The tree of a level-order array with None for missing children (LeetCode's layout)."""
    if not arr or arr[0] is None:
        return None
    root = TreeNode(arr[0])
    queue, index = deque([root]), 1
    while queue and index < len(arr):
        node = queue.popleft()
        for side in ("left", "right"):
            if index < len(arr) and arr[index] is not None:
                child = TreeNode(arr[index])
                setattr(node, side, child)
                queue.append(child)
            index += 1
    return root


def binaryTree2Arr(root):  # noqa: N802
    """The level-order array of a tree, None for missing children, trailing Nones dropped."""
    values, queue = [], deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            values.append(None)
            continue
        values.append(node.val)
        queue.extend((node.left, node.right))
    while values and values[-1] is None:
        values.pop()
    return values
