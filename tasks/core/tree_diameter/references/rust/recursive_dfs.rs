use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    // One post-order recursion returning heights: O(n).
    pub fn diameter_of_binary_tree(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut best = 0;
        Self::height(&root, &mut best);
        best
    }

    // Number of nodes on the longest downward path from `node`; records the best path through it.
    fn height(node: &Option<Rc<RefCell<TreeNode>>>, best: &mut i32) -> i32 {
        match node {
            None => 0,
            Some(n) => {
                let n = n.borrow();
                let (lh, rh) = (Self::height(&n.left, best), Self::height(&n.right, best));
                *best = (*best).max(lh + rh);
                1 + lh.max(rh)
            }
        }
    }
}
