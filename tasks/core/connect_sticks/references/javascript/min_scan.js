/**
 * @param {number[]} sticks
 * @return {number}
 */
var connectSticks = function(sticks) {
    // Each join scans the remaining sticks for the two shortest.
    const pile = sticks.slice();
    const takeShortest = () => {
        let best = 0;
        for (let k = 1; k < pile.length; k++) {
            if (pile[k] < pile[best]) best = k;
        }
        return pile.splice(best, 1)[0];
    };
    let total = 0;
    while (pile.length > 1) {
        const joined = takeShortest() + takeShortest();
        total += joined;
        pile.push(joined);
    }
    return total;
};
