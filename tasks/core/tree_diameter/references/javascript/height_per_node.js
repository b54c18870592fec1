const height = (node) => (node ? 1 + Math.max(height(node.left), height(node.right)) : 0);

/**
 * A fresh height computation below every node: O(n * h).
 * @param {TreeNode} root
 * @return {number}
 */
var diameterOfBinaryTree = function (root) {
    let best = 0;
    const stack = root ? [root] : [];
    while (stack.length > 0) {
        const node = stack.pop();
        best = Math.max(best, height(node.left) + height(node.right));
        if (node.left) stack.push(node.left);
        if (node.right) stack.push(node.right);
    }
    return best;
};
