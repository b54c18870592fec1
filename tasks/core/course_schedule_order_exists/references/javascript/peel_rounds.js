/**
 * @param {number} numCourses
 * @param {number[][]} prerequisites
 * @return {boolean}
 */
var canFinish = function (numCourses, prerequisites) {
    let remaining = prerequisites;
    const blocked = new Uint8Array(numCourses);
    while (remaining.length > 0) {
        // Courses still needing something cannot be taken this round; everything else can.
        blocked.fill(0);
        for (const [course] of remaining) blocked[course] = 1;
        const kept = remaining.filter((pair) => blocked[pair[1]] === 1);
        if (kept.length === remaining.length) return false; // nothing could be taken: a cycle
        remaining = kept;
    }
    return true;
};
