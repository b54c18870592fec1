/**
 * @param {ListNode} list1
 * @param {ListNode} list2
 * @return {ListNode}
 */
var mergeTwoLists = function (list1, list2) {
    const dummy = new ListNode(0, list1);
    while (list2) {
        const node = list2;
        list2 = list2.next;
        // Scan from the head for the last node not greater than the new one, every time.
        let place = dummy;
        while (place.next && place.next.val <= node.val) place = place.next;
        node.next = place.next;
        place.next = node;
    }
    return dummy.next;
};
