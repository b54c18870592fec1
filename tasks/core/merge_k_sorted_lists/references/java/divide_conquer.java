class Solution {
    // Merge lists in pairs, round after round: log k rounds of O(N) each.
    public ListNode mergeKLists(ListNode[] lists) {
        if (lists.length == 0) return null;
        ListNode[] heads = lists.clone();
        for (int step = 1; step < heads.length; step *= 2) {
            for (int i = 0; i + step < heads.length; i += 2 * step) heads[i] = merge(heads[i], heads[i + step]);
        }
        return heads[0];
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
