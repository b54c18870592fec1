use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    // Levels as vectors, each built from the one above it; a level's sum is taken while building
    // the next. O(n).
    pub fn level_sums(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i64> {
        let mut sums = Vec::new();
        let mut level: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while !level.is_empty() {
            let mut next = Vec::with_capacity(2 * level.len());
            let mut total = 0i64;
            for node in &level {
                let node = node.borrow();
                total += node.val as i64;
                if let Some(left) = &node.left {
                    next.push(Rc::clone(left));
                }
                if let Some(right) = &node.right {
                    next.push(Rc::clone(right));
                }
            }
            sums.push(total);
            level = next;
        }
        sums
    }
}
