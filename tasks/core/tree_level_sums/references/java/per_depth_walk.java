class Solution {
    // For every depth, walk down from the root again and stop there: O(n * h).
    public long[] levelSums(TreeNode root) {
        int h = height(root);
        long[] sums = new long[h];
        for (int d = 0; d < h; d++) sums[d] = levelSum(root, d);
        return sums;
    }

    private static int height(TreeNode node) {
        return node == null ? 0 : 1 + Math.max(height(node.left), height(node.right));
    }

    private static long levelSum(TreeNode node, int depth) {
        if (node == null) return 0;
        if (depth == 0) return node.val;
        return levelSum(node.left, depth - 1) + levelSum(node.right, depth - 1);
    }
}
