impl Solution {
    pub fn merge_two_lists(mut list1: Option<Box<ListNode>>, mut list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while list1.is_some() && list2.is_some() {
            let take_second = list2.as_ref().unwrap().val < list1.as_ref().unwrap().val;
            let source = if take_second { &mut list2 } else { &mut list1 };
            let mut node = source.take().unwrap();
            *source = node.next.take(); // unlink the head, then move it behind the tail
            tail.next = Some(node);
            tail = tail.next.as_mut().unwrap();
        }
        tail.next = if list1.is_some() { list1 } else { list2 }; // the rest, already sorted
        dummy.next
    }
}
