impl Solution {
    // Merge lists in pairs, round after round: log k rounds of O(N) each.
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut heads: Vec<Option<Box<ListNode>>> = lists.into_iter().filter(|h| h.is_some()).collect();
        while heads.len() > 1 {
            let mut paired = Vec::with_capacity((heads.len() + 1) / 2);
            let mut rest = heads.into_iter();
            while let Some(a) = rest.next() {
                match rest.next() {
                    Some(b) => paired.push(Self::merge(a, b)),
                    None => paired.push(a),
                }
            }
            heads = paired;
        }
        heads.pop().flatten()
    }

    fn merge(mut a: Option<Box<ListNode>>, mut b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while let (Some(x), Some(y)) = (a.as_ref(), b.as_ref()) {
            let source = if x.val <= y.val { &mut a } else { &mut b };
            let mut node = source.take().unwrap();
            *source = node.next.take();
            tail.next = Some(node);
            tail = tail.next.as_mut().unwrap();
        }
        tail.next = if a.is_some() { a } else { b };
        dummy.next
    }
}
