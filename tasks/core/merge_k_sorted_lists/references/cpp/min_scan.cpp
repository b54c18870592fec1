class Solution {
public:
    ListNode* mergeKLists(vector<ListNode*>& lists) {
        // Each step scans every head for the smallest: O(N * k) for N nodes in k lists.
        vector<ListNode*> heads;
        for (ListNode* head : lists) if (head) heads.push_back(head);
        ListNode dummy;
        ListNode* tail = &dummy;
        while (!heads.empty()) {
            size_t best = 0;
            for (size_t i = 1; i < heads.size(); ++i)
                if (heads[i]->val < heads[best]->val) best = i;
            tail->next = heads[best];
            tail = heads[best];
            heads[best] = heads[best]->next;
            if (!heads[best]) {
                heads[best] = heads.back();
                heads.pop_back();
            }
        }
        tail->next = nullptr;
        return dummy.next;
    }
};
