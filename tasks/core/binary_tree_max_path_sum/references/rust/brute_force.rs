use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn max_path_sum(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        /// Best downward path from node, recomputed from scratch on every call.
        fn gain(node: &Option<Rc<RefCell<TreeNode>>>) -> i32 {
            match node {
                None => 0,
                Some(rc) => {
                    let n = rc.borrow();
                    (n.val + gain(&n.left).max(gain(&n.right))).max(0)
                }
            }
        }
        let mut best = root.as_ref().map_or(0, |r| r.borrow().val);
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.iter().cloned().collect();
        while let Some(rc) = stack.pop() {
            let n = rc.borrow();
            best = best.max(n.val + gain(&n.left) + gain(&n.right));
            if let Some(l) = &n.left {
                stack.push(Rc::clone(l));
            }
            if let Some(r) = &n.right {
                stack.push(Rc::clone(r));
            }
        }
        best
    }
}
