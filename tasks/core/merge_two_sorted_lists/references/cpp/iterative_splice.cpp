class Solution {
public:
    ListNode* mergeTwoLists(ListNode* list1, ListNode* list2) {
        ListNode dummy;
        ListNode* tail = &dummy;
        while (list1 && list2) {
            ListNode*& smaller = list2->val < list1->val ? list2 : list1;
            tail = tail->next = smaller;
            smaller = smaller->next;
        }
        tail->next = list1 ? list1 : list2;  // the rest of whichever list is left, already sorted
        return dummy.next;
    }
};
