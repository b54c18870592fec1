const height = (node) => (node ? 1 + Math.max(height(node.left), height(node.right)) : 0);

const levelSum = (node, depth) => {
    if (!node) return 0;
    if (depth === 0) return node.val;
    return levelSum(node.left, depth - 1) + levelSum(node.right, depth - 1);
};

/**
 * For every depth, walk down from the root again and stop there: O(n * h).
 * @param {TreeNode} root
 * @return {number[]}
 */
var levelSums = function (root) {
    const sums = [];
    for (let d = 0, h = height(root); d < h; d++) sums.push(levelSum(root, d));
    return sums;
};
