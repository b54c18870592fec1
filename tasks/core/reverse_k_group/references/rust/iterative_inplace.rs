impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let k = k as usize;
        let mut rest = head;
        let mut groups: Vec<Option<Box<ListNode>>> = Vec::new(); // reversed groups, in order
        loop {
            // check that k nodes remain
            let mut count = 0;
            let mut probe = rest.as_ref();
            while count < k {
                match probe {
                    Some(node) => {
                        probe = node.next.as_ref();
                        count += 1;
                    }
                    None => break,
                }
            }
            if count < k {
                break;
            }
            // move k nodes onto a new list, which reverses them
            let mut reversed: Option<Box<ListNode>> = None;
            for _ in 0..k {
                let mut node = rest.take().unwrap();
                rest = node.next.take();
                node.next = reversed;
                reversed = Some(node);
            }
            groups.push(reversed);
        }
        // link the groups back to front, ending in the untouched remainder
        let mut result = rest;
        while let Some(mut group) = groups.pop() {
            let mut tail = group.as_mut().unwrap();
            while tail.next.is_some() {
                tail = tail.next.as_mut().unwrap();
            }
            tail.next = result;
            result = group;
        }
        result
    }
}
