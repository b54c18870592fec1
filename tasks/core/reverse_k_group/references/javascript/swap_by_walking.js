/**
 * @param {ListNode} head
 * @param {number} k
 * @return {ListNode}
 */
var reverseKGroup = function(head, k) {
    let start = head;
    for (;;) {
        let end = start;
        for (let i = 0; i < k - 1 && end; i++) end = end.next;
        if (!end) return head; // fewer than k nodes left
        const following = end.next;
        for (let i = 0; i < (k >> 1); i++) {
            let left = start;
            for (let s = 0; s < i; s++) left = left.next;
            let right = start;
            for (let s = 0; s < k - 1 - i; s++) right = right.next;
            [left.val, right.val] = [right.val, left.val];
        }
        start = following;
    }
};
