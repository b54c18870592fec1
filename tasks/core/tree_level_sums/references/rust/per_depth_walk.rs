use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    // For every depth, walk down from the root again and stop there: O(n * h).
    pub fn level_sums(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i64> {
        (0..Self::height(&root)).map(|d| Self::level_sum(&root, d)).collect()
    }

    fn height(node: &Option<Rc<RefCell<TreeNode>>>) -> usize {
        match node {
            None => 0,
            Some(n) => {
                let n = n.borrow();
                1 + Self::height(&n.left).max(Self::height(&n.right))
            }
        }
    }

    fn level_sum(node: &Option<Rc<RefCell<TreeNode>>>, depth: usize) -> i64 {
        match node {
            None => 0,
            Some(n) => {
                let n = n.borrow();
                if depth == 0 {
                    n.val as i64
                } else {
                    Self::level_sum(&n.left, depth - 1) + Self::level_sum(&n.right, depth - 1)
                }
            }
        }
    }
}
