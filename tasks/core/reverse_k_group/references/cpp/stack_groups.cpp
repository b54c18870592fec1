class Solution {
public:
    ListNode* reverseKGroup(ListNode* head, int k) {
        ListNode dummy;
        ListNode* tail = &dummy;
        ListNode* node = head;
        stack<ListNode*> group;
        while (node) {
            ListNode* groupStart = node;
            while (node && (int)group.size() < k) {
                group.push(node);
                node = node->next;
            }
            if ((int)group.size() < k) {
                tail->next = groupStart;  // short last group keeps its order
                return dummy.next;
            }
            while (!group.empty()) {
                tail->next = group.top();
                group.pop();
                tail = tail->next;
            }
            tail->next = nullptr;
        }
        return dummy.next;
    }
};
