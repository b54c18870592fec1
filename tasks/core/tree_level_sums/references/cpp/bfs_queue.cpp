class Solution {
public:
    // One FIFO queue for the whole walk; its size at the start of a level is that level's width. O(n).
    vector<long long> levelSums(TreeNode* root) {
        vector<long long> sums;
        queue<TreeNode*> pending;
        if (root) pending.push(root);
        while (!pending.empty()) {
            long long total = 0;
            for (size_t i = pending.size(); i > 0; --i) {
                TreeNode* node = pending.front();
                pending.pop();
                total += node->val;
                if (node->left) pending.push(node->left);
                if (node->right) pending.push(node->right);
            }
            sums.push_back(total);
        }
        return sums;
    }
};
