class Solution {
public:
    ListNode* mergeTwoLists(ListNode* list1, ListNode* list2) {
        ListNode dummy(0, list1);
        while (list2) {
            ListNode* node = list2;
            list2 = list2->next;
            // Scan from the head for the last node not greater than the new one, every time.
            ListNode* place = &dummy;
            while (place->next && place->next->val <= node->val) place = place->next;
            node->next = place->next;
            place->next = node;
        }
        return dummy.next;
    }
};
