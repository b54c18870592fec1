struct ListNode* reverseKGroup(struct ListNode* head, int k) {
    struct ListNode* start = head;
    for (;;) {
        struct ListNode* end = start;
        for (int i = 0; i < k - 1 && end; ++i) end = end->next;
        if (!end) return head; /* fewer than k nodes left */
        struct ListNode* following = end->next;
        for (int i = 0; i < k / 2; ++i) {
            /* walk from the group start to both positions of the pair */
            struct ListNode* left = start;
            for (int s = 0; s < i; ++s) left = left->next;
            struct ListNode* right = start;
            for (int s = 0; s < k - 1 - i; ++s) right = right->next;
            int t = left->val;
            left->val = right->val;
            right->val = t;
        }
        start = following;
    }
}
