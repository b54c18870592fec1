struct ListNode* reverseKGroup(struct ListNode* head, int k) {
    struct ListNode dummy = {0, head};
    struct ListNode* before = &dummy; /* the node just before the current group */
    for (;;) {
        struct ListNode* last = before;
        for (int i = 0; i < k; ++i) {
            last = last->next;
            if (!last) return dummy.next;
        }
        struct ListNode* after = last->next;
        struct ListNode* first = before->next;
        struct ListNode* previous = after;
        for (struct ListNode* node = first; node != after;) {
            struct ListNode* next = node->next;
            node->next = previous;
            previous = node;
            node = next;
        }
        before->next = last;
        before = first;
    }
}
