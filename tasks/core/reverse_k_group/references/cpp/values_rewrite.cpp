class Solution {
public:
    ListNode* reverseKGroup(ListNode* head, int k) {
        vector<int> values;
        for (ListNode* node = head; node; node = node->next) values.push_back(node->val);
        size_t full = values.size() - values.size() % k;
        for (size_t start = 0; start < full; start += k)
            reverse(values.begin() + start, values.begin() + start + k);
        ListNode* node = head;
        for (int v : values) {
            node->val = v;
            node = node->next;
        }
        return head;
    }
};
