class Solution {
    ListNode* merge(ListNode* a, ListNode* b) {
        ListNode dummy;
        ListNode* tail = &dummy;
        while (a && b) {
            if (a->val <= b->val) { tail->next = a; a = a->next; }
            else { tail->next = b; b = b->next; }
            tail = tail->next;
        }
        tail->next = a ? a : b;
        return dummy.next;
    }

public:
    ListNode* mergeKLists(vector<ListNode*>& lists) {
        if (lists.empty()) return nullptr;
        vector<ListNode*> heads(lists);
        for (size_t step = 1; step < heads.size(); step *= 2)
            for (size_t i = 0; i + step < heads.size(); i += 2 * step)
                heads[i] = merge(heads[i], heads[i + step]);
        return heads[0];
    }
};
