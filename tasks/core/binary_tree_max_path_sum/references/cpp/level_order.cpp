class Solution {
public:
    int maxPathSum(TreeNode* root) {
        vector<TreeNode*> order{root};
        for (size_t i = 0; i < order.size(); ++i) {  // children always come after their parent
            if (order[i]->left) order.push_back(order[i]->left);
            if (order[i]->right) order.push_back(order[i]->right);
        }
        unordered_map<TreeNode*, int> gain;
        int best = root->val;
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            TreeNode* node = *it;
            int left = node->left ? gain[node->left] : 0;
            int right = node->right ? gain[node->right] : 0;
            best = max(best, node->val + left + right);
            gain[node] = max(0, node->val + max(left, right));
        }
        return best;
    }
};
