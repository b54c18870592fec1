struct ListNode* mergeTwoLists(struct ListNode* list1, struct ListNode* list2) {
    struct ListNode dummy = {0, list1};
    while (list2) {
        struct ListNode* node = list2;
        list2 = list2->next;
        /* Scan from the head for the last node not greater than the new one, every time. */
        struct ListNode* place = &dummy;
        while (place->next && place->next->val <= node->val) place = place->next;
        node->next = place->next;
        place->next = node;
    }
    return dummy.next;
}
