class Solution {
public:
    ListNode* reverseKGroup(ListNode* head, int k) {
        ListNode* start = head;
        while (true) {
            ListNode* end = start;
            for (int i = 0; i < k - 1 && end; ++i) end = end->next;
            if (!end) return head;  // fewer than k nodes left
            ListNode* following = end->next;
            for (int i = 0; i < k / 2; ++i) {
                // walk from the group start to both positions of the pair
                ListNode* left = start;
                for (int s = 0; s < i; ++s) left = left->next;
                ListNode* right = start;
                for (int s = 0; s < k - 1 - i; ++s) right = right->next;
                swap(left->val, right->val);
            }
            start = following;
        }
    }
};
