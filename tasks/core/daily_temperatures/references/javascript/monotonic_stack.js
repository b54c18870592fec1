/**
 * @param {number[]} temperatures
 * @return {number[]}
 */
var dailyTemperatures = function (temperatures) {
    const n = temperatures.length;
    const answer = new Array(n).fill(0);
    const stack = []; // days still waiting for a warmer one
    for (let i = 0; i < n; i++) {
        while (stack.length > 0 && temperatures[stack[stack.length - 1]] < temperatures[i]) {
            const day = stack.pop();
            answer[day] = i - day;
        }
        stack.push(i);
    }
    return answer;
};
