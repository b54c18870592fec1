class Solution {
public:
    ListNode* mergeTwoLists(ListNode* list1, ListNode* list2) {
        vector<int> values;
        for (ListNode* node : {list1, list2})
            for (; node; node = node->next) values.push_back(node->val);
        sort(values.begin(), values.end());
        ListNode* head = nullptr;
        for (auto it = values.rbegin(); it != values.rend(); ++it) head = new ListNode(*it, head);
        return head;
    }
};
