"""Checker of shortest_path_route: any path from source to target along edges, as short as the oracle's."""


def _edges(count):
    return f"{count} edge" if count == 1 else f"{count} edges"


def check(input, expected, output):
    n, edges, source, target = input
    if not isinstance(output, list):
        return False, f"the answer is not a list of nodes: {output!r:.100}"
    if not output:
        if expected:
            return False, (f"no path was returned, but node {target} is reachable from node {source} "
                           f"in {_edges(len(expected) - 1)}")
        return True
    for index, node in enumerate(output):
        if type(node) is not int or not 0 <= node < n:
            return False, f"position {index} holds {node!r:.40}, which is not a node (0 .. {n - 1})"
    if output[0] != source:
        return False, f"the path starts at node {output[0]}, not at the source {source}"
    if output[-1] != target:
        return False, f"the path ends at node {output[-1]}, not at the target {target}"
    joined = {(min(u, v), max(u, v)) for u, v in edges}
    for step in range(1, len(output)):
        u, v = output[step - 1], output[step]
        if (min(u, v), max(u, v)) not in joined:
            return False, f"step {step} of the path, {u} - {v}, is not an edge of the graph"
    if not expected:
        return False, f"the oracle found no path from {source} to {target}, yet this one looks valid"
    if len(output) != len(expected):
        return False, (f"the path has {_edges(len(output) - 1)}, but a shortest path from {source} to {target} "
                       f"has {len(expected) - 1}")
    return True
