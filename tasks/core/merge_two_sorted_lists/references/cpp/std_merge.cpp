class Solution {
public:
    ListNode* mergeTwoLists(ListNode* list1, ListNode* list2) {
        vector<int> a, b;
        for (ListNode* node = list1; node; node = node->next) a.push_back(node->val);
        for (ListNode* node = list2; node; node = node->next) b.push_back(node->val);
        vector<int> merged(a.size() + b.size());
        merge(a.begin(), a.end(), b.begin(), b.end(), merged.begin());  // the standard library's merge
        ListNode* head = nullptr;
        for (auto it = merged.rbegin(); it != merged.rend(); ++it) head = new ListNode(*it, head);
        return head;
    }
};
