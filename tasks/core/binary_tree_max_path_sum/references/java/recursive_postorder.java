class Solution {
    private int best;

    // Largest sum of a path that starts at node and goes down (0 if none helps).
    private int gain(TreeNode node) {
        if (node == null) return 0;
        int left = gain(node.left), right = gain(node.right);
        best = Math.max(best, node.val + left + right);
        return Math.max(0, node.val + Math.max(left, right));
    }

    public int maxPathSum(TreeNode root) {
        best = root.val;
        gain(root);
        return best;
    }
}
