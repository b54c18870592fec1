class Solution {
    // Merge each list into the running result in turn: O(k * N) for N nodes in k lists.
    public ListNode mergeKLists(ListNode[] lists) {
        ListNode merged = null;
        for (ListNode head : lists) merged = merge(merged, head);
        return merged;
    }

    private static ListNode merge(ListNode a, ListNode b) {
        ListNode dummy = new ListNode();
        ListNode tail = dummy;
        while (a != null && b != null) {
            if (a.val <= b.val) {
                tail.next = a;
                a = a.next;
            } else {
                tail.next = b;
                b = b.next;
            }
            tail = tail.next;
        }
        tail.next = a != null ? a : b;
        return dummy.next;
    }
}
