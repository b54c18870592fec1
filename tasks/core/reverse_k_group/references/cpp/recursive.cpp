class Solution {
public:
    ListNode* reverseKGroup(ListNode* head, int k) {
        ListNode* node = head;
        for (int i = 0; i < k; ++i) {
            if (!node) return head;  // fewer than k nodes left
            node = node->next;
        }
        ListNode* previous = reverseKGroup(node, k);
        ListNode* current = head;
        for (int i = 0; i < k; ++i) {
            ListNode* next = current->next;
            current->next = previous;
            previous = current;
            current = next;
        }
        return previous;
    }
};
