use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    // A fresh height computation below every node: O(n * h).
    pub fn diameter_of_binary_tree(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut best = 0;
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while let Some(node) = stack.pop() {
            let node = node.borrow();
            best = best.max(Self::height(&node.left) + Self::height(&node.right));
            if let Some(left) = &node.left {
                stack.push(Rc::clone(left));
            }
            if let Some(right) = &node.right {
                stack.push(Rc::clone(right));
            }
        }
        best
    }

    fn height(node: &Option<Rc<RefCell<TreeNode>>>) -> i32 {
        match node {
            None => 0,
            Some(n) => {
                let n = n.borrow();
                1 + Self::height(&n.left).max(Self::height(&n.right))
            }
        }
    }
}
