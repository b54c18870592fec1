static struct ListNode* merge(struct ListNode* a, struct ListNode* b) {
    struct ListNode dummy = {0, NULL};
    struct ListNode* tail = &dummy;
    while (a && b) {
        if (a->val <= b->val) {
            tail->next = a;
            a = a->next;
        } else {
            tail->next = b;
            b = b->next;
        }
        tail = tail->next;
    }
    tail->next = a ? a : b;
    return dummy.next;
}

// Merge each list into the running result in turn: O(k * N) for N nodes in k lists.
struct ListNode* mergeKLists(struct ListNode** lists, int listsSize) {
    struct ListNode* merged = NULL;
    for (int i = 0; i < listsSize; ++i) merged = merge(merged, lists[i]);
    return merged;
}
