class Solution {
    private int best;

    // One post-order recursion returning heights: O(n).
    public int diameterOfBinaryTree(TreeNode root) {
        best = 0;
        height(root);
        return best;
    }

    private int height(TreeNode node) {
        if (node == null) return 0;
        int lh = height(node.left), rh = height(node.right);
        best = Math.max(best, lh + rh);
        return 1 + Math.max(lh, rh);
    }
}
