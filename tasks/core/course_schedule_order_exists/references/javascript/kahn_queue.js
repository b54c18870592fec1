/**
 * @param {number} numCourses
 * @param {number[][]} prerequisites
 * @return {boolean}
 */
var canFinish = function (numCourses, prerequisites) {
    const unlocks = Array.from({ length: numCourses }, () => []);
    const missing = new Int32Array(numCourses); // prerequisites not yet taken, per course
    for (const [course, before] of prerequisites) {
        unlocks[before].push(course);
        missing[course]++;
    }
    const queue = [];
    for (let c = 0; c < numCourses; c++) if (missing[c] === 0) queue.push(c);
    for (let head = 0; head < queue.length; head++) {
        for (const after of unlocks[queue[head]]) {
            if (--missing[after] === 0) queue.push(after);
        }
    }
    return queue.length === numCourses; // courses on or behind a cycle never become ready
};
