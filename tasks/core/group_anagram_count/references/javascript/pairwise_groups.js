/**
 * @param {string[]} strs
 * @return {number}
 */
var groupAnagramCount = function (strs) {
    const representatives = []; // letter counts of one word per group found so far
    for (const word of strs) {
        const counts = new Int32Array(26);
        for (let i = 0; i < word.length; i++) counts[word.charCodeAt(i) - 97]++;
        let found = false;
        for (const known of representatives) {
            let same = true;
            for (let c = 0; c < 26; c++) {
                if (known[c] !== counts[c]) {
                    same = false;
                    break;
                }
            }
            if (same) {
                found = true;
                break;
            }
        }
        if (!found) representatives.push(counts);
    }
    return representatives.length;
};
