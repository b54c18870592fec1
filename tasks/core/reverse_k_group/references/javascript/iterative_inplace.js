/**
 * @param {ListNode} head
 * @param {number} k
 * @return {ListNode}
 */
var reverseKGroup = function(head, k) {
    const dummy = new ListNode(0, head);
    let before = dummy; // the node just before the current group
    for (;;) {
        let last = before;
        for (let i = 0; i < k; i++) {
            last = last.next;
            if (!last) return dummy.next;
        }
        const after = last.next, first = before.next;
        let previous = after;
        for (let node = first; node !== after;) {
            const next = node.next;
            node.next = previous;
            previous = node;
            node = next;
        }
        before.next = last;
        before = first;
    }
};
