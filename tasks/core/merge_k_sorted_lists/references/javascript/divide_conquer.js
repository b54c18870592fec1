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
 * Merge lists in pairs, round after round: log k rounds of O(N) each.
 * @param {ListNode[]} lists
 * @return {ListNode}
 */
var mergeKLists = function (lists) {
    if (lists.length === 0) return null;
    const heads = lists.slice();
    for (let step = 1; step < heads.length; step *= 2) {
        for (let i = 0; i + step < heads.length; i += 2 * step) heads[i] = merge(heads[i], heads[i + step]);
    }
    return heads[0];
};
