/**
 * Levels as arrays, each built from the one above it; a level's sum is taken while building the
 * next. O(n).
 * @param {TreeNode} root
 * @return {number[]}
 */
var levelSums = function (root) {
    const sums = [];
    let level = root ? [root] : [];
    while (level.length > 0) {
        const next = [];
        let total = 0;
        for (const node of level) {
            total += node.val;
            if (node.left) next.push(node.left);
            if (node.right) next.push(node.right);
        }
        sums.push(total);
        level = next;
    }
    return sums;
};
