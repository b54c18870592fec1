use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn max_path_sum(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        /// Largest sum of a path that starts at node and goes down (0 if none helps).
        fn gain(node: &Option<Rc<RefCell<TreeNode>>>, best: &mut i32) -> i32 {
            match node {
                None => 0,
                Some(rc) => {
                    let n = rc.borrow();
                    let left = gain(&n.left, best);
                    let right = gain(&n.right, best);
                    *best = (*best).max(n.val + left + right);
                    (n.val + left.max(right)).max(0)
                }
            }
        }
        let mut best = root.as_ref().map_or(0, |r| r.borrow().val);
        gain(&root, &mut best);
        best
    }
}
