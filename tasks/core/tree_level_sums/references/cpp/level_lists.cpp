class Solution {
public:
    // The current and the next level in two reused vectors: no queue bookkeeping and no allocation
    // once the vectors have grown to the widest level. O(n).
    vector<long long> levelSums(TreeNode* root) {
        vector<long long> sums;
        vector<TreeNode*> level, next;
        if (root) level.push_back(root);
        while (!level.empty()) {
            long long total = 0;
            next.clear();
            for (TreeNode* node : level) {
                total += node->val;
                if (node->left) next.push_back(node->left);
                if (node->right) next.push_back(node->right);
            }
            sums.push_back(total);
            swap(level, next);
        }
        return sums;
    }
};
