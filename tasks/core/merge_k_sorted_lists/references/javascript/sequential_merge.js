const merge = (a, b) => {
    const dummy = new ListNode();
    let tail = dummy;
    while (a && b) {
        if (a.val <= b.val) {
            tail.next = a;
            a = a.next;
        } else {
            tail.next = b;
            b = b.next;
        }
        tail = tail.next;
    }
    tail.next = a || b;
    return dummy.next;
};

/**
 * Merge each list into the running result in turn: O(k * N) for N nodes in k lists.
 * @param {ListNode[]} lists
 * @return {ListNode}
 */
var mergeKLists = function (lists) {
    let merged = null;
    for (const head of lists) merged = merge(merged, head);
    return merged;
};
