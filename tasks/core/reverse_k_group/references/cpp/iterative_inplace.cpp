class Solution {
public:
    ListNode* reverseKGroup(ListNode* head, int k) {
        ListNode dummy(0, head);
        ListNode* before = &dummy;  // the node just before the current group
        while (true) {
            ListNode* last = before;
            for (int i = 0; i < k; ++i) {
                last = last->next;
                if (!last) return dummy.next;
            }
            ListNode* after = last->next;
            ListNode* first = before->next;
            ListNode* previous = after;
            for (ListNode* node = first; node != after;) {
                ListNode* next = node->next;
                node->next = previous;
                previous = node;
                node = next;
            }
            before->next = last;
            before = first;
        }
    }
};
