/**
 * One post-order recursion returning heights: O(n).
 * @param {TreeNode} root
 * @return {number}
 */
var diameterOfBinaryTree = function (root) {
    let best = 0;
    const height = (node) => {
        if (!node) return 0;
        const lh = height(node.left);
        const rh = height(node.right);
        if (lh + rh > best) best = lh + rh;
        return 1 + (lh > rh ? lh : rh);
    };
    height(root);
    return best;
};
