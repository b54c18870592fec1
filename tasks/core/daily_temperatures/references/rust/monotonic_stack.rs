impl Solution {
    pub fn daily_temperatures(temperatures: Vec<i32>) -> Vec<i32> {
        let mut answer = vec![0i32; temperatures.len()];
        let mut stack: Vec<usize> = Vec::with_capacity(temperatures.len()); // days still waiting
        for (i, &today) in temperatures.iter().enumerate() {
            while let Some(&day) = stack.last() {
                if temperatures[day] >= today {
                    break;
                }
                stack.pop();
                answer[day] = (i - day) as i32;
            }
            stack.push(i);
        }
        answer
    }
}
