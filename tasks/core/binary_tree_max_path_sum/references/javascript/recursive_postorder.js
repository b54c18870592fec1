/**
 * @param {TreeNode} root
 * @return {number}
 */
var maxPathSum = function(root) {
    let best = root.val;
    const gain = (node) => {
        if (node === null) return 0;
        const left = gain(node.left), right = gain(node.right);
        best = Math.max(best, node.val + left + right);
        return Math.max(0, node.val + Math.max(left, right));
    };
    gain(root);
    return best;
};
