class Solution {
public:
    ListNode* mergeKLists(vector<ListNode*>& lists) {
        vector<int> values;
        for (ListNode* node : lists)
            for (; node; node = node->next) values.push_back(node->val);
        sort(values.begin(), values.end());
        ListNode* head = nullptr;
        for (auto it = values.rbegin(); it != values.rend(); ++it) head = new ListNode(*it, head);
        return head;
    }
};
