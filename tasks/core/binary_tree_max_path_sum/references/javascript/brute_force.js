/**
 * @param {TreeNode} root
 * @return {number}
 */
var maxPathSum = function(root) {
    // best downward path from node, recomputed from scratch on every call
    const gain = (node) => node === null ? 0 : Math.max(0, node.val + Math.max(gain(node.left), gain(node.right)));
    let best = root.val;
    const stack = [root];
    while (stack.length) {
        const node = stack.pop();
        best = Math.max(best, node.val + gain(node.left) + gain(node.right));
        if (node.left) stack.push(node.left);
        if (node.right) stack.push(node.right);
    }
    return best;
};
